"""Pure, typed stage functions (no faust import)."""
