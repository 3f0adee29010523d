"""The check functions `checkers.RelationChecker` runs, imported in one place.

`checkers.py` is imported with the package and stays light (these modules load numpy and the
languages' word lists), so its methods import the checks when they run. An import statement costs
about 0.6 µs however many names it takes (Python looks the module up and asks it for `__path__`),
and one per check made some ninety a line: 4% of the default checker's time. Each method takes
what it needs from here in one statement instead.
"""

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.amounts import currency_problems
from summarizer.verify.bodies import body_terms
from summarizer.verify.claimants import claimant_problems
from summarizer.verify.contrast_swaps import contrast_swap_problems
from summarizer.verify.counterparts import counterpart_problems, target_problems
from summarizer.verify.crossed import crossed_problems
from summarizer.verify.descriptions import described_names
from summarizer.verify.directions import direction_problems
from summarizer.verify.exchanged import turned_object_problems, exchanged_party_problems, moved_party_problems
from summarizer.verify.figures import (
    duration_problems,
    moved_figure_problems,
    moved_time_problems,
    multiplier_problems,
    relative_date_problems,
)
from summarizer.verify.framed_slots import framed_noun_problems, framed_opposite_problems
from summarizer.verify.fragments import cut_copy_problems, fragment_problems
from summarizer.verify.holders import (
    accused_holder_problems,
    dropped_holder_problems,
    other_accused_problems,
)
from summarizer.verify.joined_predicates import joined_predicate_problems
from summarizer.verify.lexicon import lexicon
from summarizer.verify.margins import margin_problems
from summarizer.verify.new_things import new_things_problems
from summarizer.verify.ordinals import ordinal_problems
from summarizer.verify.disputes import dispute_problems
from summarizer.verify.ranks import rank_problems
from summarizer.verify.subjects import exchanged_subject_problems
from summarizer.verify.owners import owner_problems
from summarizer.verify.parties import (
    other_party_problems,
    owned_role_problems,
    pronoun_doer_problems,
    pronoun_person_problems,
)
from summarizer.verify.predicates import certainty_problems, local_negation_problems
from summarizer.verify.pronoun_swaps import pronoun_swap_problems
from summarizer.verify.cut_subjects import cut_subject_problems
from summarizer.verify.referents import (
    aside_problems,
    described_doer_problems,
    relative_clause_problems,
)
from summarizer.verify.relations import (
    Sources,
    incomplete_problems,
    relation_problems,
    stemmer_for,
)
from summarizer.verify.reported import quoted_label_problems, unattributed_problems
from summarizer.verify.slot_swaps import slot_name_problems, slot_swap_problems
from summarizer.verify.swaps import (
    dropped_rank_problems,
    narration_attributed_problems,
    novel_word_problems,
    opposite_problems,
    pending_problems,
    reversal_problems,
    speaker_problems,
    substituted_name_problems,
    swapped_doer_problems,
    swapped_figure_problems,
)
from summarizer.verify.wordnet_relations import lexical_problems

__all__ = [
    "Sources", "accused_holder_problems", "cut_subject_problems", "aside_problems", "pronoun_swap_problems", "body_terms", "certainty_problems", "claimant_problems",
    "contrast_swap_problems", "counterpart_problems", "crossed_problems", "currency_problems", "cut_copy_problems",
    "described_doer_problems", "described_names", "direction_problems", "dropped_holder_problems",
    "dropped_rank_problems", "duration_problems", "exchanged_party_problems", "fragment_problems",
    "framed_noun_problems", "framed_opposite_problems",
    "incomplete_problems", "joined_predicate_problems", "lexical_problems", "lexicon", "local_negation_problems",
    "margin_problems", "moved_figure_problems", "moved_party_problems", "moved_time_problems", "multiplier_problems",
    "narration_attributed_problems", "new_things_problems", "novel_word_problems", "opposite_problems",
    "ordinal_problems", "other_accused_problems", "other_party_problems", "owned_role_problems", "owner_problems", "pending_problems", "rank_problems", "dispute_problems", "exchanged_subject_problems", "turned_object_problems",
    "pronoun_doer_problems", "pronoun_person_problems", "quoted_label_problems", "relation_problems",
    "relative_clause_problems", "relative_date_problems", "reversal_problems", "slot_name_problems",
    "slot_swap_problems", "speaker_problems", "stemmer_for", "stopwords_for", "substituted_name_problems",
    "swapped_doer_problems", "swapped_figure_problems", "target_problems", "unattributed_problems",
]
