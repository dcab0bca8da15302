"""Session 34c page reading: guest reviews under field headers (invented pages)."""

from components.parse.field_reviews import field_reviews
from components.parse.layout import split_layout

_LODGE = """Lakeview Cabins
Guest reviews
Sort by: Newest
Marta
Poland
Cabin with Sauna
3 nights · October 2026
Family
Reviewed: 14 October 2026
Quiet and warm
9.0
Liked · The sauna was hot within ten minutes and the kids loved the rowing boat.
Disliked · The path from the car park is muddy after rain.
Helpful   Not helpful
Tobias
Germany
Lake Room
1 night · October 2026
Solo traveller
Reviewed: 12 October 2026
Fine for one night
7.0
Disliked · The heating clicked all night.
Host response:
Thank you Tobias, the heater has been replaced since your stay.
Helpful   Not helpful
Anonymous
Canada
Lake Room
2 nights · September 2026
Couple
Reviewed: 30 September 2026
Wonderful
10
Liked · Breakfast on the jetty every morning.
Helpful   Not helpful
Read all 88 reviews
"""


def test_field_header_reviews_are_read_with_their_parts_and_host_answer():
    comments, taken = field_reviews(_LODGE.split("\n"))
    assert [(c.author, c.reply_to) for c in comments] == [
        ("Marta", ""), ("Tobias", ""), ("Host", "Tobias"), ("Anonymous", "")]
    assert comments[0].body.startswith("The sauna was hot")
    assert "The path from the car park" in comments[0].body
    assert "Liked" not in comments[0].body and "Quiet and warm" not in comments[0].body
    assert comments[1].body == "The heating clicked all night."
    assert comments[2].body.startswith("Thank you Tobias")
    lines = _LODGE.split("\n")
    assert lines.index("Sort by: Newest") not in taken  # the filter lines over the first card are no review's
    assert lines.index("Read all 88 reviews") not in taken


def test_field_header_reviews_through_the_layout():
    layout = split_layout("Lakeview Cabins: a weekend by the water\n\n" + _LODGE)
    assert [c.author for c in layout.comments][:2] == ["Marta", "Tobias"]


def test_one_labelled_stamp_in_an_article_is_no_review():
    page = """Inspectors return to the harbour school
Ann Lee
Reviewed: 3 May 2026
The school was last inspected in 2023.
Liked · by parents for its small classes, the school has grown to 400 pupils.
"""
    assert field_reviews(page.split("\n")) == ([], set())


def test_an_article_paragraph_opening_liked_is_no_review_part():
    page = """Two critics on the harbour festival
Jo Park
Reviewed: 3 May 2026
Liked by almost everyone who went, the festival returns next year.
Helpful   Not helpful
Sam Roe
Reviewed: 4 May 2026
Liked by fewer people, the fringe stage will move.
Helpful   Not helpful
"""
    comments, _ = field_reviews(page.split("\n"))
    assert all("Liked by" in c.body for c in comments)  # the sentence's own word, not a part's label
