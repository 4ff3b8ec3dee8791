"""Serving layer: FastAPI JSON API (``/api``, OpenAPI at ``/docs``) and the Gradio chat (``/``).

Public interface::

    from ui import create_app, serve
"""

__all__ = ["create_app", "serve"]


def __getattr__(name: str):  # lazy: importing ui.cli must not import gradio/fastapi
    if name in __all__:
        from ui import app

        return getattr(app, name)
    raise AttributeError(name)
