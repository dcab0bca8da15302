"""Session 32 (helper b19): general rules for page heads, furniture, comment sections and signed posts
met on a Nordic English-language daily, a Latin-American paper's English edition, a live-text page, a
fediverse note, a marketplace's reviews, a review site's business page, a social group's post and an
Indonesian English-language daily, each on invented pages, with must-not-fire cases."""

from layout_support import BODY, authors_of

from components.parse.layout import _avatar_initials, split_layout

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


# ---- a comment section's sort row, avatar initials and reply lines run into the first comment ----

def test_a_sort_row_right_over_the_first_comments_name_is_no_author() -> None:
    page = (HEAD + BODY + "\n\nReader comments\n3 comments\nSort: Newest | Oldest | Top\nPetra V.\n"
            "4 Mar 2026, 10:12\nThe park is the only place the kids in our street can go after school.\n"
            "Like (12)   Reply\nOwen K.\n4 Mar 2026, 11:40\nAgreed, and the lights help in winter too.\n"
            "Like (3)   Reply\n")
    assert authors_of(page) == ["Petra V.", "Owen K."]


def test_an_arrowed_reply_line_and_letter_avatars_over_the_names_are_no_authors() -> None:
    page = (HEAD + BODY + "\n\nComments\n3 comments\nOrder: Most recent ▾\nPV\nPetra Vance\n"
            "Harlow · 1 day ago\n"
            "The park is the only place the kids in our street can go after school.\n👍 12   👎 1   Reply\n"
            "    ↪ In reply to Petra Vance\n    OK\n    Owen Kerr\n    Leeds · 1 day ago\n"
            "    Agreed, and the lights help in winter too.\n    👍 3   👎 0   Reply\n"
            "SR\nskate_rat_harlow\nHarlow · 20 hours ago\nOpen all year or not at all.\n"
            "👍 6   👎 1   Reply\n")
    rows = [(c.author, c.reply_to) for c in split_layout(page).comments]
    assert rows == [("Petra Vance", ""), ("Owen Kerr", "Petra Vance"), ("skate_rat_harlow", "")]


def test_initials_that_match_neither_the_name_nor_its_parts_are_no_avatar() -> None:
    assert _avatar_initials("SR", "skate_rat_harlow") and _avatar_initials("SH", "skate_rat_harlow")
    assert not _avatar_initials("OK", "Petra Vance")
    assert not _avatar_initials("RH", "skate_rat_harlow")
    assert not _avatar_initials("PV", "Petra liked the park a lot.")


def test_a_deleted_note_and_a_content_warning_toggle() -> None:
    from components.parse.notices import is_removal_notice
    assert is_removal_notice("(This note has been deleted)")
    assert is_removal_notice("This post was removed")
    assert not is_removal_notice("The note was deleted from the minutes before the vote.")
    assert not is_removal_notice("This note has been deleted, the clerk said, and nobody knows why.")
    from components.parse.layout import _is_comment_meta
    assert _is_comment_meta("Show content (2 paragraphs)")
    assert not _is_comment_meta("Show content creators some respect, please.")


# ---- page heads: a date bar in the paper's own language, bylines with the outlet in brackets, ----
# ---- a capitals byline over a placed date line, a promotion's call to action ----

def test_a_date_bar_in_another_language_is_a_date_line_not_the_headline() -> None:
    from components.parse.layout import _date_value, _is_date_line
    assert _date_value("lunes, 3 de marzo de 2026") == "2026-03-03"
    assert _date_value("lundi 3 mars 2026") == "2026-03-03"
    assert _date_value("Montag, 3. März 2026") == "2026-03-03"
    assert not _is_date_line("Marzo 3 de la fiesta 2026")
    assert not _is_date_line("El 3 de marzo de 2026 la plaza se llenó")
    page = ("martes, 3 de marzo de 2026\nES | EN\nEL VALLE\nEnglish Edition\n"
            "Council votes to keep the riverside skate park open until spring\n"
            "The vote was close; the skaters say they will be back in March.\n"
            "ANA LINDQVIST\nHarlow - 3 MAR 2026 - 18:05 CST\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Council votes to keep the riverside skate park open until spring"
    assert layout.date_line == "2026-03-03"


def test_a_byline_with_the_outlet_in_brackets_and_a_placed_date_line_are_the_heads() -> None:
    from components.parse.layout import _is_byline
    assert _is_byline("Ana Lind (The Harlow Courier)")
    assert _is_byline("Ana Lind and Bo Hart (AFP)")
    assert not _is_byline("Ana Lind (Verified)")
    assert not _is_byline("The council met on Tuesday (as planned)")
    page = ("The Harlow Courier\nHome   News   Sport   Business   Opinion   Culture\nNews › Council\n"
            "Council votes to keep the riverside skate park open until spring\n"
            "The vote was close. The skaters say they will be back in March.\n"
            "Ana Lind (The Harlow Courier)\nHarlow ● Tue, March 3, 2026\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Council votes to keep the riverside skate park open until spring"
    assert layout.date_line == "2026-03-03"


def test_a_promotions_call_to_action_is_no_headline() -> None:
    from components.parse.layout import _headline_line
    assert not _headline_line("Watch every match of the season live on our pass. Start free trial")
    assert not _headline_line("All our recipes in one app for the whole family. Download now")
    assert _headline_line("Skaters start free trial of the new ramp at the riverside park")


def test_a_commenters_name_and_stamp_is_no_placed_date_line() -> None:
    from components.parse.layout import _is_date_line
    assert _is_date_line("Harlow ● Tue, March 3, 2026")
    assert not _is_date_line("Ann Lee · Mar 10, 2025 9:02pm")
    assert not _is_date_line("Ann Lee • Tue, March 3, 2026")
