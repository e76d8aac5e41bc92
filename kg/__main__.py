"""`python -m kg` runs the command line."""

from kg.cli import cli

if __name__ == "__main__":  # not when a spawned worker process imports it as __mp_main__
    cli()
