"""almanac: a thin Python wrapper over the almanac forecasting binary (as cmdstanpy wraps
CmdStan). The binary is found through ``ALMANAC_BIN``, then PATH, then the repository's
``.build/release/almanac``."""
from ._binary import AlmanacError, find_binary
from .core import Almanac, breaks, impact

__all__ = ["Almanac", "AlmanacError", "breaks", "find_binary", "impact"]
__version__ = "0.1.0"
