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


# ---- labelled panels: a heading alone over items of its kind, no blank line between ----

def _article(layout) -> str:
    return "\n".join(layout.paragraphs)


def test_tracklist_and_credits_panels_are_furniture():
    page = """Harbour Songs
The Quayside Four
The band recorded the album in a boathouse over two winters, and the singer said the damp got into every take.
Tracklist
1. Low Tide
2. Rope and Anchor
3. Gulls at Six
Credits
Producer: Maren Holt
Mastering: Ivo Brandt
The record is out on Friday through an independent label based in the same harbour town."""
    text = _article(split_layout(page))
    for line in ("Tracklist", "1. Low Tide", "3. Gulls at Six", "Credits", "Producer: Maren Holt"):
        assert line not in text.split("\n")
    assert "The record is out on Friday" in text


def test_radio_panels_are_furniture():
    page = """Ferry timetable cut for the winter
The island's ferry will run twice a day from December, the operator said on Monday in a short statement.
Recently Played
08:12 The Breakers – Salt Road
08:07 Lena Vik – North Light
Listen Again
Morning Show with Ruth
Drive Time with Al
Residents have asked for a meeting with the operator before the new timetable starts next month."""
    lines = _article(split_layout(page)).split("\n")
    assert "Recently Played" not in lines and "08:12 The Breakers – Salt Road" not in lines
    assert "Listen Again" not in lines
    assert any(line.startswith("Residents have asked") for line in lines)


def test_a_credits_crosshead_over_prose_stays_the_article():
    page = """The film that nobody finished
Ann Lee
The director left the project in its second year, and three editors took turns on the cut after him.
Credits
The credits list eleven writers, and two of them say they never saw the final script before the premiere.
Most of the crew were paid late, according to the union, which says it has taken up the case."""
    lines = _article(split_layout(page)).split("\n")
    assert "Credits" in lines


def test_topics_in_a_sentence_and_a_topics_crosshead_over_prose_stay():
    page = """Council agenda published for Tuesday
Topics on the agenda include the ferry timetable, the harbour wall and the new car park at the pier.
Topics
The chair said the harbour wall would be discussed first because the repairs are already late.
Councillors will also hear from residents who object to the car park's charges."""
    lines = _article(split_layout(page)).split("\n")
    assert any(line.startswith("Topics on the agenda") for line in lines)
    assert "Topics" in lines


def test_a_topics_label_over_its_tags_is_furniture():
    page = """Council agenda published for Tuesday
The chair said the harbour wall would be discussed first because the repairs are already late.
Councillors will also hear from residents who object to the car park's charges.
Topics
Harbour
Local politics
Transport"""
    lines = _article(split_layout(page)).split("\n")
    assert "Topics" not in lines


def test_a_tracklist_of_short_numbered_titles_or_timed_tracks_is_furniture_but_numbered_sentences_stay():
    page = """Island radio sessions
The label has put out a live record from the island hall, recorded in one night with no overdubs at all.
Tracks
Salt Road 3:41
North Light 4:02
Tracks
1. The band played it twice because the first take was lost.
2. The crowd sang the chorus back before the last verse ended.
The record is out on Friday through an independent label based in the same harbour town."""
    lines = _article(split_layout(page)).split("\n")
    assert "Salt Road 3:41" not in lines
    assert any("The crowd sang the chorus back" in line for line in lines)


def test_short_stacked_cards_with_a_score_are_reviews_and_their_headline_is_no_text():
    page = """Hill Farm Bunkhouse
Guest reviews
Petra
Austria
Reviewed: 2 March 2026
Cosy
9/10
Warm beds and a drying room for wet boots
Helpful
Nils
Sweden
Reviewed: 1 March 2026
Too loud
5/10
The dormitory was full of snorers
Helpful
"""
    comments, _ = field_reviews(page.split("\n"))
    assert [(c.author, c.body) for c in comments] == [("Petra", "Warm beds and a drying room for wet boots"),
                                                       ("Nils", "The dormitory was full of snorers")]


def test_a_score_like_number_deep_in_the_text_is_no_score():
    page = """Two critics on the harbour festival
Jo Park
Reviewed: 3 May 2026
The festival returns next year with a bigger stage on the quay.
More bands will play.
12
Helpful   Not helpful
Sam Roe
Reviewed: 4 May 2026
The fringe stage will move to the old fish market in June.
The tickets cost more.
10
Helpful   Not helpful
"""
    assert field_reviews(page.split("\n")) == ([], set())


def test_a_personnel_crosshead_over_sentences_with_colons_stays_the_article():
    page = """Ward reopens after the winter closure
The hospital reopened its children's ward on Monday after a winter of repairs and two changes of manager.
Personnel
Staff: Three nurses left in May, two joined.
Managers: The trust named a new head in June.
Parents said the ward felt calmer than it had for years, and the waiting list has fallen."""
    lines = _article(split_layout(page)).split("\n")
    assert any(line.startswith("Staff: Three nurses left") for line in lines)
