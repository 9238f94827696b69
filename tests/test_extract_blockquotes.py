"""A Markdown blockquote ("> ...") after a cue that ends in a colon: an embedded post or a statement
set off from the text is the quotation the cue introduces."""

from __future__ import annotations

from claims.extract.marks import without_blockquote_marks
from claims.models import Kind
from tests.extracting import extract_text


def test_the_marks_become_spaces() -> None:
    text = 'She wrote:\n\n> "A.\n>\n> > "B."\nDone > 3.'
    assert without_blockquote_marks(text) == 'She wrote:\n\n  "A.\n \n    "B."\nDone > 3.'


def test_a_quoted_post_in_a_blockquote() -> None:
    text = ("Hours after the post was deleted, the MP wrote on X:\n\n"
            '> "I posted something last night that I should not have. I apologise unreservedly."\n\n'
            "The party said it had accepted the apology.\n")
    claims = extract_text(text)
    assert [(c.speaker, c.kind, c.via, c.content) for c in claims] == [
        ("the MP", Kind.DIRECT, "X", "I posted something last night that I should not have. I apologise unreservedly"),
        ("The party", Kind.INDIRECT, None, "it had accepted the apology"),
    ]


def test_a_statement_over_blockquoted_paragraphs_is_one_claim() -> None:
    text = ('The minister said in a statement:\n\n> "We will not back down.\n>\n'
            '> "The people have spoken and we will deliver."\n')
    claims = extract_text(text)
    assert len(claims) == 1
    assert claims[0].kind is Kind.DIRECT
    assert claims[0].content.startswith("We will not back down.")
    assert claims[0].content.endswith("we will deliver")


def test_a_statement_set_off_without_marks_after_a_colon_cue() -> None:
    text = ("The chief executive apologised to customers, saying:\n\n"
            "Our teams are working around the clock to understand what data was taken. We expect the number "
            "of customers affected to grow.\n\nShares fell 5%.\n")
    claims = extract_text(text)
    assert [(c.speaker, c.cue, c.kind) for c in claims] == [("The chief executive", "saying", Kind.DIRECT)]
    assert claims[0].content.startswith("Our teams are working")
    assert claims[0].content.endswith("customers affected to grow")


def test_a_colon_without_a_cue_or_before_a_heading_introduces_no_statement() -> None:
    text = ("The measures announced on Monday include:\n\n"
            "Free bus travel for pensioners and a freeze on parking charges in the centre.\n\n"
            "The mayor said:\n\nNext steps\n\nThe council meets again in May.\n")
    assert extract_text(text) == []
