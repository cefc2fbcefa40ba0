"""`python -m summarizer` is the same CLI as the `summarizer` command."""

import sys

from .cli import main

sys.exit(main())
