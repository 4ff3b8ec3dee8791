"""English idioms read as wholes: "put … into effect" is carrying a plan out (thực hiện), "come into effect"
is when a document takes effect (hiệu lực) — the words "into effect" alone tell neither."""

from assistant.glossary import translations
from assistant.understanding import parse_question


def test_putting_a_plan_into_effect_is_implementing_it_not_when_it_takes_effect():
    asked = parse_question("What must ministries and provinces do first to put the action programme into effect?")
    assert asked.meta != "effective"
    said = " ".join(vi for _, vi in translations("to put the action programme into effect"))
    assert "thực hiện" in said and "hiệu lực" not in said


def test_coming_into_effect_is_still_when_the_document_takes_effect():
    for question in ("When does the resolution come into effect?", "When did the decision come into effect?",
                     "When does the plan take effect?"):
        assert parse_question(question).meta == "effective", question
    assert "hiệu lực" in " ".join(vi for _, vi in translations("the decision came into effect"))


def test_the_idiom_does_not_swallow_a_clause_on_when_a_document_takes_effect():
    said = " ".join(vi for _, vi in translations("Which tasks must be carried out before the resolution comes into effect?"))
    assert "hiệu lực" in said and "nghị quyết" in said
    for question in ("When is the resolution going into effect?", "Has the decision gone into effect yet?",
                     "When is it entering into effect?"):
        assert parse_question(question).meta == "effective", question
