"""Verification: aligning a sentence with its supporting source sentences, and the guard's checks."""
