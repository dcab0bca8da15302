"""What a page prints in place of a comment that is gone: a removed comment's header line and the
notice left in its slot. The parser keeps such a slot as a comment with no author's words; the spam
step gives it no spam signal (the words are the site's, not the commenter's)."""

import re

__all__ = ["is_removal_notice"]

# A removed comment's header line ("[–] Removed by mod", "[deleted]", "Comment deleted by creator").
_REMOVED = re.compile(r"^(?:\[[–-]\]\s*)?(?:comment )?\[?(?:deleted|removed)\]?(?: by (?:the )?\w+)?$"
                      # "Deleted comment", "Removed reply"
                      r"|^\[?(?:deleted|removed|hidden) (?:comment|reply|post|message)\]?\.?$", re.I)
# The notice a page prints in place of a removed comment ("This comment was removed by a moderator
# because …", "Comentário removido pela moderação …", "Commento rimosso dalla redazione …", "This
# reply was removed for violating …", "This comment is no longer available.").
# ("Este comentario ha sido eliminado …", "Ce commentaire a été supprimé"; a comment held for a
# moderator's approval, "This comment is awaiting moderation.", "Your reply is pending approval", keeps
# its slot the same way)
_REMOVAL_NOTICE = re.compile(r"^[\[(]?(?:(?:this|the|your|previous|este|esta|ce|cet|questo"
                             r"|dieser|diese|dit|deze|esse|essa) )?"  # "(Previous comment deleted.)"
                             r"(?:comment|reply|message|post|answer|response|review|comentário"
                             r"|comentario"
                             r"|commentaire|kommentar|commento|reactie)\]?"
                             # only auxiliaries between the comment and its fate: "Post office hours are
                             # unavailable online" is not a notice
                             r"(?:\s+(?:has|have|had|was|were|is|are|been|being|now|temporarily|permanently"
                             r"|a|été|ha|sido|foi|wurde|è|stato|stata|werd|est|fue|es|está|ist|by|the|its"
                             r"|author|moderator|moderators|admin|poster|user|op|an|administrator)){0,6}"
                             r"\s*[:(\[]?\s*(?:deleted|removed|hidden|removido"
                             r"|removida|eliminado|apagado|supprimé|gelöscht|rimosso|cancellato|eliminato"
                             r"|verwijderd|no longer available|unavailable)\b"
                             # a commenter asking or complaining, not a notice: "Comment removed? Typical
                             # of this paper", "Post deleted because the mods can't take criticism", "…
                             # because the mods hate the rules of free speech" (a notice's reason is the
                             # comment's, "because it broke our rules", its breach as the moderators found
                             # it, "because the moderators found it broke the house rules", or the site's
                             # own rules named, "because the moderators applied our community standards")
                             r"(?!\s*[!?]*\?)(?!,?\s+because (?!(?:it|its|this|of|they|you"
                             r"|the (?:comment|post|reply|message))\b)(?![^.!?]{0,80}?\b(?:"
                             r"(?:it|this)\b[^.!?]{0,40}?\b(?:breach\w*|broke|break\w*|violat\w*|abus\w*"
                             r"|spam\w*|off[- ]topic|contraven\w*|against)"
                             r"|(?:our|house|community|site's|site) (?:[\w-]+ )?(?:rules?|guidelines"
                             r"|standards|terms|polic(?:y|ies)))\b)"
                             # a breach of the rules, whoever commits it: "… the content violated the
                             # guidelines", "… links to commercial sites breach the terms of use" (not
                             # what the mods "think" breaks the rules)
                             r"(?!(?:(?!\b(?:think|thinks|thought|reckons?|claims?|apparently|supposedly"
                             r"|pretend\w*)\b)[^.!?]){0,80}?\b(?:breach\w*|broke|break\w*|violat\w*"
                             r"|contraven\w*|against) (?:the|our|its|this site's|the site's) (?:[\w-]+ ){0,2}"
                             r"(?:rules?|guidelines|standards|terms|polic(?:y|ies))\b))"
                             r".{0,200}$"
                             # the comment's breach, then its fate: "This comment violated our community
                             # standards and was removed." (the site's rules: "our", "the", "community")
                             r"|^[\[(]?(?:this|your) (?:comment|reply|message|post|response) (?:has )?"
                             r"(?:violated|breached|broke(?:n)?|contravened|went against|was in breach of|"
                             r"(?:did not|didn't) (?:meet|follow|comply with|abide by)) "
                             r"(?:our|the|this site's|community)\b.{0,80}?\b(?:and|so it) "
                             r"(?:has been |was |is |have been )?(?:deleted|removed|hidden)\b.{0,200}$"
                             r"|^(?:(?:this|your) )?(?:comment|reply|message|post|response)"
                             r"\s+(?:is|has been)?\s*"
                             r"(?:awaiting|pending|held for)\s+(?:moderation|approval|review)"
                             r"(?:[.!]\s+\S.{0,200})?[.!]?$", re.I)

# A fediverse instance's slot for a deleted note or post, the whole line: "(This note has been deleted)"
# (only "this" before it: "The note was deleted from the minutes" is a sentence of an article)
# (a music site's shoutbox: "This shout has been removed by a moderator.")
_GONE_NOTE = re.compile(r"^this (?:note|toot|status|post|shout) (?:has been|was) (?:deleted|removed)"
                        r"(?: by (?:a |the )?(?:moderator|admin|staff))?\.?$", re.I)
# A rating site's slot for a removed rating: "This rating has been removed for violating our Site
# Guidelines." (only "this" before it: "The rating was removed from the index" is an article's sentence)
_GONE_RATING = re.compile(r"^this rating (?:has been|was) (?:deleted|removed|hidden)\b[^!?]{0,120}$", re.I)

# A line in brackets or parentheses with nothing else bracketed inside
_ENCLOSED = re.compile(r"^(?:\[[^\[\]]+\]|\([^()]+\))$")


def is_removal_notice(line: str) -> bool:
    """Whether a line is what a page shows in place of a removed or deleted comment."""
    text = line.strip()
    if len(text) > 240:
        return False
    if _ENCLOSED.match(text):  # "[ Removed by moderator ]", "( deleted )": the words inside
        text = text[1:-1].strip()
    return bool(_REMOVED.match(text) or _REMOVAL_NOTICE.match(text) or _GONE_NOTE.match(text)
                or _GONE_RATING.match(text))
