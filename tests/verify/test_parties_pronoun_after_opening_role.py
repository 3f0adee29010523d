"""A line that opens with a role and the person's name between commas ("La directora, Ana
Prieto, ...", "The club's treasurer, Owen Marsh, ...") and says what a cited sentence says after
its opening "Ella"/"She", where the sentence before names someone else, is a `coreference`
problem, as a line opening with the name is; the pronoun's own person passes (sentences written
for this test)."""

from checking import problem_kinds

SPANISH = (
    "El colegio Los Almendros cerrará su comedor en junio, anunció la directora, Ana Prieto. "
    "La presidenta de la asociación de familias, Marta Gil, pidió una reunión urgente. "
    "Ella trabajó en la cocina del colegio hasta 2020."
)
ENGLISH = (
    "Kelby Rowing Club will sell its boathouse to pay its debts, its chair, Lena Moss, said on Friday. "
    "The club's treasurer, Owen Marsh, said the debts had grown for five years. "
    "He rowed for the club at the national championships in 1998."
)


def test_parties_spanish_role_then_name_of_someone_else_is_caught() -> None:
    line = "La directora, Ana Prieto, trabajó en la cocina del colegio hasta 2020."
    assert "coreference" in problem_kinds(SPANISH, line)


def test_parties_spanish_role_then_the_pronouns_person_passes() -> None:
    line = "La presidenta de la asociación, Marta Gil, trabajó en la cocina del colegio hasta 2020."
    assert "coreference" not in problem_kinds(SPANISH, line)


def test_parties_english_role_then_name_of_someone_else_is_caught() -> None:
    line = "The club's chair, Lena Moss, rowed for the club at the national championships in 1998."
    assert "coreference" in problem_kinds(ENGLISH, line)


def test_parties_english_role_then_the_pronouns_person_passes() -> None:
    line = "The club's treasurer, Owen Marsh, rowed for the club at the national championships in 1998."
    assert "coreference" not in problem_kinds(ENGLISH, line)
