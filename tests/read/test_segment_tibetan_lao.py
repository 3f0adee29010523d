"""Tibetan's shad and tsheg, and Lao's clause words: sentences of texts written for the project."""

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, language=language)]


@pytest.mark.parametrize("language", ["bo", "dz"])
def test_segment_tibetan_shad_ends_a_sentence_but_not_a_clause(language: str) -> None:
    text = "གྲོང་ཁྱེར་ནང་ཚོང་ར་གསར་པ་ཞིག་ཁ་ཕྱེ་སོང་། ཚོང་པ་མང་པོ་ཡོང་བ་དང་། མི་ཚོ་དགའ་པོ་བྱུང་། ཚོང་ར་དེ་ཉིན་རེ་ཁ་ཕྱེ་གི་རེད།"
    assert _split(text, language) == [
        "གྲོང་ཁྱེར་ནང་ཚོང་ར་གསར་པ་ཞིག་ཁ་ཕྱེ་སོང་།",  # a tsheg before the shad after ང
        "ཚོང་པ་མང་པོ་ཡོང་བ་དང་། མི་ཚོ་དགའ་པོ་བྱུང་།",  # "and" closes a clause: the sentence goes on
        "ཚོང་ར་དེ་ཉིན་རེ་ཁ་ཕྱེ་གི་རེད།",
    ]


def test_segment_tibetan_space_after_ga_ends_a_sentence_without_a_shad() -> None:
    text = "ཆར་པ་མང་པོ་བབས་འདུག ལམ་ཁ་ཤས་བཀག་སོང་།"
    assert _split(text, "bo") == ["ཆར་པ་མང་པོ་བབས་འདུག", "ལམ་ཁ་ཤས་བཀག་སོང་།"]


def test_segment_tibetan_head_mark_stays_with_the_first_sentence() -> None:
    text = "༄༅། །ཆར་པ་མང་པོ་བབས་སོང་། ལམ་ཁ་ཤས་བཀག་སོང་།"
    assert _split(text, "bo") == ["༄༅། །ཆར་པ་མང་པོ་བབས་སོང་།", "ལམ་ཁ་ཤས་བཀག་སོང་།"]


def test_segment_lao_clause_words_do_not_start_a_sentence() -> None:
    text = (
        "ກະຊວງສາທາລະນະສຸກເປີດໂຮງໝໍໃໝ່ຢູ່ແຂວງຫຼວງພະບາງໃນວັນຈັນ ເຊິ່ງສາມາດຮັບຄົນເຈັບໄດ້ສອງຮ້ອຍຄົນ "
        "ທ່ານລັດຖະມົນຕີກ່າວວ່າໂຮງໝໍນີ້ຈະຊ່ວຍປະຊາຊົນໃນເຂດຊົນນະບົດ ແລະ ຫຼຸດຜ່ອນການເດີນທາງໄປນະຄອນຫຼວງ"
    )
    assert _split(text, "lo") == [
        "ກະຊວງສາທາລະນະສຸກເປີດໂຮງໝໍໃໝ່ຢູ່ແຂວງຫຼວງພະບາງໃນວັນຈັນ ເຊິ່ງສາມາດຮັບຄົນເຈັບໄດ້ສອງຮ້ອຍຄົນ",
        "ທ່ານລັດຖະມົນຕີກ່າວວ່າໂຮງໝໍນີ້ຈະຊ່ວຍປະຊາຊົນໃນເຂດຊົນນະບົດ ແລະ ຫຼຸດຜ່ອນການເດີນທາງໄປນະຄອນຫຼວງ",
    ]
