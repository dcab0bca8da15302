"""Session 32 (helper b19): general rules for page heads, furniture, comment sections and signed posts
met on a Nordic English-language daily, a Latin-American paper's English edition, a live-text page, a
fediverse note, a marketplace's reviews, a review site's business page, a social group's post and an
Indonesian English-language daily, each on invented pages, with must-not-fire cases."""

from layout_support import BODY

from components.parse.layout import split_layout

# ---- a signed post run into the article's lines under the sentence that introduces it ----

HEAD = "Council votes to keep the riverside skate park open\n\n"


def test_a_post_under_a_colon_line_in_a_block_with_no_blank_lines_is_a_signed_post() -> None:
    page = (HEAD + "The mayor spoke first and was heard in silence by the whole room on the night.\n"
                   "The skaters' club replied on X an hour later:\n"
                   "We will be at the park at nine tomorrow. Bring your boards and your parents.\n"
                   "— Harlow Skaters (@harlowskate) March 3, 2026\n"
                   "The council has not answered the club, and the vote stands until spring.\n\n" + BODY)
    layout = split_layout(page)
    assert [(t.name, t.handle, t.date_text) for t in layout.tweets] == [
        ("Harlow Skaters", "@harlowskate", "March 3, 2026")]
    assert layout.tweets[0].body.startswith("We will be at the park at nine tomorrow. Bring your boards")
    text = "\n".join(layout.paragraphs)
    assert "The council has not answered the club" in text
    assert "The skaters' club replied on X an hour later:" in text


def test_a_colon_line_with_no_signature_under_it_keeps_its_block_whole() -> None:
    page = (HEAD + "The mayor listed the costs in order:\nlights, fences, a new surface and the bins.\n"
                   "Nobody in the room disagreed with any of it on the night.\n\n" + BODY)
    layout = split_layout(page)
    assert layout.tweets == ()
    assert ("The mayor listed the costs in order:\nlights, fences, a new surface and the bins.\n"
            "Nobody in the room disagreed with any of it on the night.") in layout.paragraphs


def test_a_signature_line_with_no_introducing_sentence_above_does_not_cut_its_block() -> None:
    block = ("Update:\nWe will be at the park at nine tomorrow.\n"
             "— Harlow Skaters (@harlowskate) March 3, 2026\nThe council has not answered the club.")
    layout = split_layout(HEAD + block + "\n\n" + BODY)
    assert block in layout.paragraphs
