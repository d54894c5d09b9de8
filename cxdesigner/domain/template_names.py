"""The names of the bundled templates, importable without building any map.

``cxdesigner templates`` and the ``new --template`` choices read these, so listing templates costs no
import of the graph library; ``templates.TEMPLATES`` holds the builders under exactly these names.
"""

NAMES: tuple[str, ...] = ("blank", "eight-stages", "online-shop", "sample")
