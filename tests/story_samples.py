"""Short invented news stories (written for these tests) to build long documents and story groups from."""

from __future__ import annotations

import json
from pathlib import Path

FERRY = [
    "The harbour board of Kelvik voted on Monday to replace the island ferry Nordlys with an electric vessel.",
    "The new ferry will cost 48 million crowns and should enter service in the spring of 2028.",
    "Captain Ingrid Salo, who has steered the Nordlys for nineteen years, said the old diesel engines were worn out.",
    "Island residents had complained that breakdowns left them stranded on the mainland twice last winter.",
    "The electric vessel will charge at both piers during the twelve-minute stops between crossings.",
    "Harbour engineers said the charging cables would need a new substation on the Kelvik pier.",
    "Fares will stay the same for the first two years, the board promised.",
    "The shipyard in Rauma won the contract against two foreign bidders.",
]

ORCHARD = [
    "A late frost destroyed most of the apple blossom in the Tarn valley orchards overnight on Thursday.",
    "Growers said temperatures fell to minus four degrees for six hours, far below what open blossom survives.",
    "The valley's cooperative expects this year's apple harvest to fall by about two thirds.",
    "Farmer Oskar Lindqvist lit smudge pots between his trees, but he said the smoke saved only the lowest rows.",
    "Pear trees, which flowered a week later, were largely spared by the cold.",
    "The regional agriculture office will survey the damaged orchards before deciding on emergency aid.",
    "Cider makers warned that apple juice prices could rise sharply in the autumn.",
    "Frost fans and sprinkler systems remain rare in the valley because of their cost.",
]

LIBRARY = [
    "The city library of Amsel reopened its restored reading hall on Saturday after three years of building work.",
    "Architects uncovered painted ceiling panels from 1911 that had been hidden behind plaster since the war.",
    "The restoration cost 9 million euros, most of it paid by a heritage fund.",
    "Head librarian Maren Vogt said the hall now seats two hundred readers, twice as many as before.",
    "Visitors queued along the canal before the doors opened, and many photographed the ceiling.",
    "The library also added a children's floor with a small puppet theatre.",
    "Opening hours will extend to ten in the evening on weekdays from next month.",
    "A café run by a local bakery will open in the courtyard in the summer.",
]

STORIES = {"ferry": FERRY, "orchard": ORCHARD, "library": LIBRARY}


def paragraphs(sentences: list[str], size: int = 2) -> str:
    return "\n\n".join(" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size))


def long_text(headings: bool = True, stories: tuple[str, ...] = ("ferry", "orchard", "library")) -> str:
    """The stories one after another, each under a heading (or only a blank line between them)."""
    parts = []
    for name in stories:
        body = paragraphs(STORIES[name])
        parts.append(f"{name.title()} news\n\n{body}" if headings else body)
    return "\n\n".join(parts)


# One invented story told by three outlets; the third gives another figure for the injured.
BRIDGE_A = """Storm closes Varna bridge

Heavy storm winds forced the closure of the Varna river bridge on Tuesday evening.
A falling crane struck two cars on the bridge deck, and 14 people were taken to hospital.
Police diverted traffic through the old town for the whole night.
The city engineer, Petra Halvorsen, said inspectors would check the steel cables at first light.
Commuters were told to expect delays on the ring road until the weekend.
"""

BRIDGE_B = """Crane accident on Varna bridge

Storm winds forced the closure of the Varna river bridge on Tuesday evening, city officials said.
A construction crane toppled in the gusts and struck two cars on the bridge deck.
Fourteen people were taken to hospital after the crane struck the cars, most with minor injuries.
Inspectors will check the steel cables at first light, city engineer Petra Halvorsen said.
The construction company said its crane had been secured before the storm.
Local shops near the bridge reported a quiet night as traffic was diverted.
"""

BRIDGE_C = """Varna bridge shut after storm

The Varna river bridge was closed on Tuesday evening after storm winds toppled a crane.
The crane struck two cars on the bridge deck, and 19 people were taken to hospital.
Ferries across the river ran an extra late service for stranded commuters.
Weather forecasters had warned of gusts above 100 kilometres per hour on Tuesday.
"""


# Two more invented stories, each told by several outlets, for the together-mode checks.
MINE = [
    """Miners rescued in Doravik

All 23 miners trapped in the Doravik copper mine were brought to the surface on Sunday morning.
The miners had been trapped for three days after a tunnel roof collapsed on Thursday.
Rescue teams drilled a new shaft to reach the trapped miners.
The mine's owner, Kessel Metals, said production would stay suspended during an inquiry.
""",
    """Doravik rescue ends in relief

Rescuers brought all 23 trapped miners to the surface of the Doravik copper mine on Sunday morning.
Families who had waited at the gate for three days cheered as the first miner appeared.
A tunnel roof collapsed on Thursday and trapped the miners deep underground.
Doctors said two of the men were treated for dehydration.
""",
    """Kessel Metals halts Doravik mine

Kessel Metals suspended production at its Doravik copper mine on Sunday, pending an inquiry into the collapse.
The company said it would cooperate fully with the national mining inspectorate.
Union leaders have complained about the state of the older tunnels for years.
""",
]

FESTIVAL = [
    """Lantern festival returns to Ostra

The Ostra lantern festival returned on Friday after a four-year break, drawing crowds to the old harbour.
Organisers said more than 3,000 paper lanterns were released over the water at midnight.
The festival was cancelled in 2022 because of a drought and a fire ban.
""",
    """Harbour glows as Ostra lanterns return

More than 3,000 paper lanterns were released over the water at midnight, organisers said.
The Ostra lantern festival came back on Friday after a four-year break.
Local hotels reported that every room in town was booked for the weekend.
""",
    """Ostra festival draws crowds

The lantern festival in Ostra returned on Friday after a four-year break.
Fire crews stood by on boats in the harbour throughout the night.
Next year's festival will add a second night, the mayor announced.
""",
    """Ostra lanterns: a night on the water

Crowds filled the old harbour of Ostra on Friday as the lantern festival returned after four years.
More than 3,000 lanterns were released over the water at midnight, organisers said.
""",
]

# For each story set: facts told by several sources, as a phrase each source's sentence holds.
SHARED_FACTS = {
    "bridge": [("closure", {1: "forced the closure", 2: "forced the closure", 3: "bridge was closed"})],
    "mine": [
        ("rescue", {1: "brought to the surface", 2: "Rescuers brought"}),
        ("collapse", {1: "tunnel roof collapsed", 2: "A tunnel roof collapsed"}),
    ],
    "festival": [
        ("return", {1: "returned on Friday", 2: "came back on Friday", 3: "returned on Friday", 4: "returned after four years"}),
        ("lanterns", {1: "3,000 paper lanterns", 2: "3,000 paper lanterns", 4: "3,000 lanterns"}),
    ],
}


def story_sets() -> dict[str, list[str]]:
    return {"bridge": [BRIDGE_A, BRIDGE_B, BRIDGE_C], "mine": MINE, "festival": FESTIVAL}


def two_story_dump(folder: Path) -> Path:
    """A JSONL dump of four articles, two stories of two ("bridge", "festival"), for --together-by."""
    rows = [
        {"id": "a", "story": "bridge", "text": BRIDGE_A},
        {"id": "b", "story": "bridge", "text": BRIDGE_B},
        {"id": "c", "story": "festival", "text": FESTIVAL[0]},
        {"id": "d", "story": "festival", "text": FESTIVAL[1]},
    ]
    path = folder / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
