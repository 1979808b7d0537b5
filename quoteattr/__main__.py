"""``python -m quoteattr``: the command line (see ``quoteattr.cli``)."""

import sys

from quoteattr.cli import main

if __name__ == "__main__":
    sys.exit(main())
