"""German relations whose argument is carried over from the passage (invented names): the
organisation a passage is about when a start-up is mostly called "das Start-up", and a founder's
own duty stated in the founding sentence.

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels


@pytest.mark.parametrize("text, expected, wrong", [
    # the start-up is named once and then called "das Start-up"; the founder's former employer is
    # named more often by name, but it is not what the passage is about
    ("Die Forscherin Jana Roeder, Mitgründerin des Chipentwicklers Zorblax, hat ein neues Unternehmen "
     "gegründet. Das Start-up Quibbl will Beschleuniger entwickeln. Zorblax gehört seit 2024 zum Konzern "
     "Nuvolo, Zorblax hatte zuletzt Stellen abgebaut. Das Start-up aus Bremen beschäftigt 20 Menschen. "
     "Das Start-up will schnell wachsen. Geleitet wird das Start-up von Malte Brix, Roeder kümmert sich "
     "um die Chiparchitektur.",
     {("Jana Roeder", "worksFor", "Quibbl"), ("Malte Brix", "ceoOf", "Quibbl")},
     {("Jana Roeder", "worksFor", "Zorblax")}),
    # a co-founder's duty in the founding sentence is a role as well
    ("Das Start-up Quibbl baut Roboter. Jana Roeder gründete Quibbl 2021 mit dem Informatiker Malte Brix, "
     "der heute die Technik verantwortet.",
     {("Malte Brix", "founderOf", "Quibbl"), ("Malte Brix", "worksFor", "Quibbl")}, set()),
    # must not: the founding alone makes no employee, nor does a head's title
    ("Das Start-up Quibbl baut Roboter. Jana Roeder gründete Quibbl 2021 mit dem Informatiker Malte Brix.",
     {("Malte Brix", "founderOf", "Quibbl")}, {("Malte Brix", "worksFor", "Quibbl")}),
    ("Das Start-up Quibbl baut Roboter. Gründer und Geschäftsführer ist Malte Brix.",
     {("Malte Brix", "ceoOf", "Quibbl")}, {("Malte Brix", "worksFor", "Quibbl")}),
])
def test_carried_arguments(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
