"""The persona suite: authored people, driven through the real graph offline, scored by code
against COACHING.md (``coach eval personas``; format in ``evals/personas/README.md``)."""
