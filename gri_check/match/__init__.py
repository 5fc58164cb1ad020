"""Pure matching functions: codes, cited locations and evidence, scored with rapidfuzz."""
