"""Relations read from names rather than sentences, and clean-ups over all relations of a doc.

- ``X 3`` is a version of the model ``X`` when both occur (``name.version``), and is developed by
  the one organisation the text says develops ``X`` (``name.family``);
- a model or product whose name contains an organisation's name is developed by it
  (``name.maker``); hardware is left out on purpose (docs/extraction.md), but a chip named after
  its vendor ("Acme Z900") is not developed by another organisation of the text (the cloud that
  rents it out, the lab that trains on it; a foundry still ``manufactures`` it);
- a sentence that makes someone head or founder does not also make them an employee (a founder
  is one where the sentence names another role: "co-founder and chief scientist");
- an organisation named as a unit ("die Tochter X Labs") whose name is another's with words added is its unit
  (``name.unit``), unless another relation links the two or the unit belongs to someone else;
- an organisation does not ``usesHardware`` what it develops or makes, nor is it a partner of
  its own unit named so in the same sentence.

Name-based relations get confidence 0.6 and the sentence of the object's first mention as
evidence.
"""

from __future__ import annotations

import re

from kg.model import Entity, Relation

__all__ = ["infer_from_names", "NAME_CONFIDENCE"]

NAME_CONFIDENCE = 0.6
# the head words a company's name may end in that its products' names leave out ("Velmar AI": "Velmar Chat")
_NAME_HEADS = (" AI", " Labs", " Lab")
Key = tuple[int, str, int]
# a role besides founder and head that a sentence names ("co-founder and chief scientist Jana Roe"):
# there a founder is an employee too
_ROLE = r"(?:chief (?!executive)[a-z]+(?: officer)?|cto|cfo|coo|president|head of [a-z]+)"
_OTHER_ROLE = re.compile(rf"\b(?:co-?founders? and {_ROLE}|{_ROLE},? and co-?founder|"
                         rf"{_ROLE} [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}},? who (?:co-?)?founded)\b", re.IGNORECASE)


def infer_from_names(text: str, sentence_span, entities: list[Entity], found: dict[Key, Relation],
                     sent_of: dict[Key, int], unit_words: frozenset[str] = frozenset()) -> None:
    """Add name-based relations to ``found`` and prune redundant ones (in place).

    ``sentence_span(start, end)`` gives the character span of the sentence around an offset;
    ``sent_of`` maps a relation key to the start of the sentence that stated it; ``unit_words``
    are the nouns that name a unit right before its name ("die Tochter X Labs", cue kind
    ``unit_prefix``).
    """
    def named_as_unit(e: Entity) -> bool:
        return any(set(text[max(0, a - 40):a].lower().split()[-2:]) & unit_words for a, _ in e.mentions)

    def relation(s: Entity, pred: str, o: Entity, rule: str) -> Relation:
        a, b = o.mentions[0] if o.mentions else (0, 0)
        start, end = sentence_span(a, b)
        return Relation(subject=s, predicate=pred, object=o, evidence=text[start:end].strip(),
                        start=start, end=end, confidence=NAME_CONFIDENCE, rule=rule)

    def extends(a: Entity, b: Entity) -> bool:
        return any(fa.startswith(fb + " ") or fa.startswith(fb + "-")
                   for fa in (a.label, *a.aliases) for fb in (b.label, *b.aliases))

    models = [(i, e) for i, e in enumerate(entities) if e.type == "AIModel"]
    for i, a in models:
        stems = [(j, b) for j, b in models if i != j and extends(a, b)]
        for j, b in stems:
            # "X 4-Mini" is a version of "X 4", not also of "X" (a stem between the two)
            if any(k != j and extends(c, b) for k, c in stems):
                continue
            if (i, "versionOf", j) not in found and (j, "versionOf", i) not in found:
                found[(i, "versionOf", j)] = relation(a, "versionOf", b, "name.version")
    orgs = [(i, e) for i, e in enumerate(entities) if e.type == "Organization"]
    for i, e in enumerate(entities):
        if e.type not in ("AIModel", "Product"):
            continue
        words = " " + re.sub(r"[-–]", " ", e.label) + " "
        for j, org in orgs:
            forms = [f for f in (org.label, *org.aliases) if f" {f} " in words and f != e.label]
            # p27a: a company's name without its head word opens a product's ("Velmar Chat" of "Velmar AI"; of
            # models the training gold takes that for a maker less often than not: "Mistral Large" where the text says less)
            # (not where another company's name opens with that word: "Microsoft Azure" beside "Microsoft AI")
            forms += [stem for f in (org.label, *org.aliases) if e.type == "Product" and f.endswith(_NAME_HEADS)
                      and len(stem := f.rsplit(" ", 1)[0]) >= 4 and words.startswith(f" {stem} ") and stem != e.label
                      and not any(k != j and (o.label == stem or o.label.startswith(stem + " ")) for k, o in orgs)]
            if not forms:
                continue
            # a maker's name inside the name, not at its start ("Cloud Acme Service"), yields to a
            # maker a sentence names ("Zorblax's Cloud Acme Service")
            if not any(words.startswith(f" {f} ") for f in forms) \
                    and any(k[1] == "develops" and k[2] == i and k[0] != j for k in found):
                continue
            found[(j, "develops", i)] = relation(org, "develops", e, "name.maker")
            # one maker per named model: drop makers read from weaker context
            for other in [k for k in found if k[1] == "develops" and k[2] == i and k[0] != j]:
                del found[other]
    # p25f: a possessive's maker ("A's X and Y": the possessive read over the list) yields to a maker
    # another rule states for the same model or product ("Y, the family the institute B built")
    for i, e in enumerate(entities):
        if e.type not in ("AIModel", "Product"):
            continue
        rules = {k: r.rule for k, r in found.items() if k[1] == "develops" and k[2] == i and not r.negated}
        stated = {k[0] for k, r in rules.items() if not r.endswith(".dev.genitive") and not r.startswith("name.")}
        for key in [k for k, r in rules.items() if r.endswith(".dev.genitive") and stated and not any(
                _related(entities, found, k[0], j) for j in stated) and not _possessed(found[k].evidence, e)]:
            del found[key]
    # a version of a model family comes from the family's developer, when the text names one
    # (and only one) and nothing names another for the version ("Acme stellt Rocket vor ... Rocket 2")
    # (not a model derived from another one, "basiert auf X": rules ``*.derived-*``, whose maker
    # is mostly someone else; also in apposition, "Y, a model fine-tuned from X": ``*-derived-*``)
    for v, _, fam in [k for k in found if k[1] == "versionOf" and ".derived-" not in found[k].rule
                      and "-derived-" not in found[k].rule]:
        makers = {k[0] for k, r in found.items() if k[1] == "develops" and k[2] == fam and not r.negated}
        if len(makers) == 1 and not any(k[1] == "develops" and k[2] == v for k in found):
            maker = makers.pop()
            found[(maker, "develops", v)] = relation(entities[maker], "develops", entities[v], "name.family")
    # "Zentrix" and "die Tochter Zentrix Labs", "Dessen Einheit Zentrix Data Lab": an organisation named
    # as a unit after another one of the text, with words added, is its unit where nothing else links
    # the two
    for i, unit in orgs:
        for j, parent in orgs:
            if i != j and unit.label.startswith(parent.label + " ") and named_as_unit(unit) \
                    and not any(k[1] == "subOrganizationOf" and k[0] == i or {k[0], k[2]} == {i, j} for k in found):
                found[(i, "subOrganizationOf", j)] = relation(unit, "subOrganizationOf", parent, "name.unit")
    for i, e in enumerate(entities):
        if e.type != "Hardware":
            continue
        words = " " + re.sub(r"[-–]", " ", e.label) + " "
        vendors = {j for j, org in orgs if any(f" {f} " in words and f != e.label for f in (org.label, *org.aliases))}
        if vendors:
            for key in [k for k in found if k[1] == "develops" and k[2] == i and k[0] not in vendors]:
                del found[key]
    for key in [k for k in found if k[1] == "worksFor"]:
        s, _, o = key
        # a founder whose other role the sentence states keeps worksFor ("co-founder and chief
        # scientist X"; "gründete X mit Y, die heute die Forschung leitet", rules ``*-duty*``)
        other_role = "-duty" in found[key].rule or _OTHER_ROLE.search(found[key].evidence)
        if sent_of.get((s, "ceoOf", o), -1) == sent_of.get(key) \
                or not other_role and sent_of.get((s, "founderOf", o), -1) == sent_of.get(key):
            del found[key]
    # "X is used by C", "C has deployed X": C is a customer of X's maker (partnerOf), and a user of
    # X when X is a chip; the internal usedBy relation itself is never output
    for key in [k for k in found if k[1] == "usedBy"]:
        thing, _, user = key
        used = found.pop(key)
        makers = {k[0] for k, r in found.items() if k[1] in ("develops", "manufactures") and k[2] == thing
                  and not r.negated}
        # the customer deals with the thing's developer; a foundry that only fabricates it for the
        # developer ("which Acme designs and Zorblax fabricates") is no partner of the customer
        sellers = {k[0] for k, r in found.items() if k[1] == "develops" and k[2] == thing and not r.negated} \
            or makers
        for maker in sellers - {user}:
            pk = (min(user, maker), "partnerOf", max(user, maker))
            if pk not in found:
                found[pk] = Relation(subject=entities[pk[0]], predicate="partnerOf", object=entities[pk[2]],
                                     evidence=used.evidence, start=used.start, end=used.end,
                                     confidence=used.confidence * 0.9, rule=used.rule, negated=used.negated,
                                     speculative=used.speculative)
                sent_of[pk] = sent_of.get(key, -1)
        uk = (user, "usesHardware", thing)
        if entities[thing].type == "Hardware" and uk not in found and user not in makers:
            found[uk] = Relation(subject=entities[user], predicate="usesHardware", object=entities[thing],
                                 evidence=used.evidence, start=used.start, end=used.end, confidence=used.confidence,
                                 rule=used.rule, negated=used.negated, speculative=used.speculative)
            sent_of[uk] = sent_of.get(key, -1)
    for key in [k for k in found if k[1] == "usesHardware"]:
        s, _, o = key
        if (s, "develops", o) in found or (s, "manufactures", o) in found:
            del found[key]
    # a company's own unit, named so in the same sentence, is no partner of it ("X works with Y, its
    # own subsidiary"; p21e: the gold of the training texts has both for one pair in 675)
    for key in [k for k in found if k[1] == "partnerOf"]:
        s, _, o = key
        if any(k in found and not found[k].negated and found[k].start == found[key].start
               for k in ((s, "subOrganizationOf", o), (o, "subOrganizationOf", s))):
            del found[key]


def _related(entities: list[Entity], found: dict[Key, Relation], i: int, j: int) -> bool:
    """Two organisations that are one group: one's name opens the other's ("Acme", "Acme Labs") or a
    relation makes one a unit of the other."""
    a, b = entities[i].label, entities[j].label
    return i == j or a.startswith(b + " ") or b.startswith(a + " ") \
        or (i, "subOrganizationOf", j) in found or (j, "subOrganizationOf", i) in found


def _possessed(evidence: str, e: Entity) -> bool:
    """A possessive stands right before the name of ``e`` in ``evidence`` ("its Cirrus", "Acme's Cirrus"):
    the genitive was not read over a list ("A's X and Cirrus")."""
    return any(re.search(r"(?:['’]s|\b(?:its|their)) " + re.escape(name) + r"\b", evidence)
               for name in (e.label, *e.aliases))
