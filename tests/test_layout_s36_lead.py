"""Sign lines over their posts (session 36, the lead): "Posted by Name on <date>" as the header of the
body under it, not the signature of the text above it; the sign-under-body form must read as before."""

from components.parse.layout import split_layout

ARTICLE = [
    "Harbour café told to change its menu boards",
    "",
    "The harbour café on Quay Street must replace its chalk menu boards after a complaint about the"
    " prices, the parish's trading officer said on Monday, giving the owners a month to comply.",
    "",
    "The owners said the boards had hung there since their grandparents opened the café in 1961.",
    "",
]

HEADED = "\n".join(ARTICLE + [
    "Comments",
    "",
    "Comments here are the opinions of their authors alone. We do not check them for accuracy.",
    "",
    "Posted by Ann Tostevin on Mar 3rd, 2026",
    "Leave the boards alone, they are half the charm of the quay.",
    "",
    "Posted by Bob Le Page on Mar 3rd, 2026",
    "Rules are rules. The prices should be readable from the door.",
    "",
    "And the café has had years to sort it.",
    "",
    "Posted by Cara Ogier on Mar 4th, 2026",
    "[This comment has been removed by a moderator]",
    "",
    "Posted by Dan Mahy on Mar 4th, 2026",
    "@Bob Le Page readable from the door? It is a café, not a railway station.",
    "",
    "To place a comment please login",
    "Login »",
])

UNDER = "\n".join(ARTICLE + [
    "Comments",
    "",
    "Leave the boards alone, they are half the charm of the quay.",
    "by ann_t on Mar 3, 2026 | 8:21 AM  reply  flag",
    "",
    "Rules are rules. The prices should be readable from the door.",
    "by bobl on Mar 3, 2026 | 9:02 AM  reply  flag",
    "",
    "Readable from the door? It is a café, not a railway station.",
    "by danm on Mar 4, 2026 | 7:40 PM  reply  flag",
])


def test_posts_under_header_sign_lines_keep_their_own_bodies() -> None:
    layout = split_layout(HEADED)
    assert [(c.author, c.body.split(".")[0]) for c in layout.comments] == [
        ("Ann Tostevin", "Leave the boards alone, they are half the charm of the quay"),
        ("Bob Le Page", "Rules are rules"),
        ("Cara Ogier", "[This comment has been removed by a moderator]"),
        ("Dan Mahy", "@Bob Le Page readable from the door? It is a café, not a railway station"),
    ]
    assert "And the café has had years" in layout.comments[1].body  # a post of two paragraphs
    text = "\n".join(layout.paragraphs)
    assert "opinions of their authors" not in text  # the section's disclaimer, not the article
    assert "login" not in layout.comments[-1].body.lower()  # the comment box closes the last post
    assert "grandparents opened the café" in text


def test_sign_lines_under_their_bodies_still_sign_the_text_above() -> None:
    layout = split_layout(UNDER)
    assert [(c.author, c.body.split(".")[0]) for c in layout.comments] == [
        ("ann_t", "Leave the boards alone, they are half the charm of the quay"),
        ("bobl", "Rules are rules"),
        ("danm", "Readable from the door? It is a café, not a railway station"),
    ]


def test_a_comment_box_prompt_is_furniture_but_a_sentence_about_commenting_is_not() -> None:
    from components.parse.layout import _is_furniture
    for line in ("To place a comment please login", "Log in to post a comment.",
                 "Please sign in to leave a comment"):
        assert _is_furniture(line), line
    for line in ("To place a comment please login, then tell us what happened at the meeting on Monday.",
                 "Residents who want to leave a comment on the plan must register with the council by May."):
        assert not _is_furniture(line), line


def test_a_bluesky_embed_signature_with_a_domain_handle_and_a_time_signs_its_post() -> None:
    from components.parse.layout import find_tweets
    paragraph = ("The harbour has been my family's living for four generations and it deserves better than"
                 " this. — Ann Tostevin (@anntostevin.bsky.social) November 15, 2026 at 9:12 PM")
    (post,) = find_tweets([paragraph])
    assert (post.name, post.handle, post.date_text, post.platform) == (
        "Ann Tostevin", "@anntostevin.bsky.social", "November 15, 2026", "Bluesky")
    assert post.body.endswith("deserves better than this.")


def test_a_plain_handle_still_signs_a_tweet_and_an_email_or_a_trailing_dot_signs_nothing() -> None:
    from components.parse.layout import find_tweets
    (post,) = find_tweets(["Back on the quay at dawn. — Ann Tostevin (@anntostevin) March 3, 2026"])
    assert (post.handle, post.platform) == ("@anntostevin", "Twitter")
    assert find_tweets(["Write to the harbour office at office@quay.example.com with your views."]) == []
    assert find_tweets(["The notice was signed by Ann Tostevin (@anntostevin.) on the quay."]) == []
