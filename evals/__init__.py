"""Evaluation: question sets, the runner, metrics, the baseline and the report.

* ``evals.metrics``  — pure scoring functions (answer / citation / strict, retrieval, aggregates).
* ``evals.runner``   — ``load_questions(paths)``, ``run(questions, assistant)``, result files.
* ``evals.baseline`` — the LangChain quick-start pipeline scored on its top-4 context.
* ``evals.report``   — ``metrics.json``, ``report.md`` and ``accuracy_by_type.png``.
* ``evals.compare``  — questions that flipped between two runs.
* ``evals.cli``      — ``plan-assistant eval`` (``add_arguments``, ``run_from_cli``).

Importing this package loads nothing heavy (no torch / chromadb).
"""
