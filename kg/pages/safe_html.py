"""What every page of ours does to stay safe: data in <script> as inert JSON, scripts allowed by hash.

Used by kg.pages.html (the graph pages) and kg.serve.app (the query page); document text reaches a page only
through `script_json` or `html.escape`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re

# Our templates write executable scripts as a bare <script>; data blocks have a type.
EXECUTABLE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def script_json(value: object) -> str:
    """JSON that cannot end its <script> element or be read as markup.

    `<` `>` `&` become \\u escapes (so `</script>` and `<!--` cannot occur), and U+2028/U+2029
    too, which older JS parsers treat as line ends. JSON.parse turns them back into the text.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def script_hashes(page: str) -> str:
    """The CSP script-src sources allowing exactly the page's own inline scripts ('none' if none)."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in EXECUTABLE_SCRIPT.findall(page)
    ]
    return " ".join(hashes) or "'none'"
