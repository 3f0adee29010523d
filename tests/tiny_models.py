"""Tiny random transformer models built offline for the backend tests.

Random weights say nothing about quality; they exercise loading, batching, limits and errors.
"""

from __future__ import annotations

from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def build_tiny_t5(directory: Path) -> Path:
    """A 2-layer T5 with the byte-level ByT5 tokenizer, which needs no vocabulary file."""
    import torch
    from transformers import ByT5Tokenizer, T5Config, T5ForConditionalGeneration

    torch.manual_seed(0)
    tokenizer = ByT5Tokenizer()
    config = T5Config(
        vocab_size=len(tokenizer), d_model=32, d_ff=64, d_kv=16, num_layers=2, num_decoder_layers=2,
        num_heads=2, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1,
    )
    model = T5ForConditionalGeneration(config)
    # ByT5 ids are bytes + 3: allow printable ASCII (ids 35..129) and end-of-sequence only, so
    # the random output always decodes to visible text.
    model.generation_config.bad_words_ids = [[i] for i in range(len(tokenizer)) if i != 1 and not 35 <= i <= 129]
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def build_tiny_causal(directory: Path, corpus: list[str]) -> Path:
    """A 2-layer Llama with a BPE tokenizer trained on `corpus` here, with a chat template."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, decoders, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    torch.manual_seed(0)
    specials = ["<pad>", "<s>", "</s>", "<unk>"]
    backend = Tokenizer(models.BPE(unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    backend.train_from_iterator(corpus, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, pad_token="<pad>", bos_token="<s>", eos_token="</s>", unk_token="<unk>",
        model_max_length=512,
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=512,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


GGUF_CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def _byte_symbols() -> dict[int, str]:
    """GPT-2's byte -> printable character map, which llama.cpp's "gpt2" tokenizer expects."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    symbols = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in symbols:
            symbols[b] = chr(256 + extra)
            extra += 1
    return symbols


def _train_merges(corpus: list[str], count: int) -> list[tuple[str, str]]:
    """A plain byte-level BPE: the `count` most frequent adjacent pairs, merged one at a time."""
    import re
    from collections import Counter

    symbols = _byte_symbols()
    counted = Counter(
        tuple(symbols[b] for b in piece.encode("utf-8"))
        for text in corpus
        for piece in re.findall(r" ?\w+| ?[^\w\s]+|\s+", text)
    )
    words = [(list(word), n) for word, n in counted.items()]
    pairs: Counter[tuple[str, str]] = Counter()
    for word, n in words:
        for pair in zip(word, word[1:]):
            pairs[pair] += n
    merges: list[tuple[str, str]] = []
    while len(merges) < count and pairs:
        best = max(pairs, key=lambda p: (pairs[p], p))
        merges.append(best)
        for word, n in words:  # only words holding the pair change; their pair counts move
            if best[0] not in word or best not in zip(word, word[1:]):
                continue
            for pair in zip(word, word[1:]):
                pairs[pair] -= n
            i = 0
            while i < len(word) - 1:
                if (word[i], word[i + 1]) == best:
                    word[i : i + 2] = [word[i] + word[i + 1]]
                i += 1
            for pair in zip(word, word[1:]):
                pairs[pair] += n
        pairs = +pairs  # drop pairs that no longer occur
    return merges


def build_tiny_gguf(path: Path, corpus: list[str], context: int = 512, chat_template: str | None = GGUF_CHAT_TEMPLATE) -> Path:
    """A 2-layer random Llama written straight to one .gguf file with the `gguf` package: a
    byte-level BPE tokenizer trained on `corpus` here, a chat template and F32 weights, which is
    everything llama.cpp reads from a real model file."""
    import numpy as np
    from gguf import GGUFWriter, TokenType

    rng = np.random.default_rng(0)
    merges = _train_merges(corpus, 200)
    specials = ["<pad>", "<s>", "</s>"]
    # Two merge paths can spell the same token ("Ġt"+"he", "Ġth"+"e"); a vocabulary holds it once.
    tokens = list(dict.fromkeys([*specials, *_byte_symbols().values(), *(a + b for a, b in merges)]))
    types = [TokenType.CONTROL] * len(specials) + [TokenType.NORMAL] * (len(tokens) - len(specials))
    vocab, embed, heads, kv_heads, ff, layers = len(tokens), 64, 4, 2, 128, 2
    head_dim = embed // heads

    writer = GGUFWriter(str(path), "llama")
    writer.add_name("tiny-random-llama")
    writer.add_file_type(0)  # all F32
    writer.add_context_length(context)
    writer.add_embedding_length(embed)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ff)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_rope_dimension_count(head_dim)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(vocab)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges([f"{a} {b}" for a, b in merges])
    writer.add_pad_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(False)
    if chat_template:
        writer.add_chat_template(chat_template)

    def weight(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    writer.add_tensor("token_embd.weight", weight(vocab, embed))
    for i in range(layers):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(embed, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.attn_q.weight", weight(heads * head_dim, embed))
        writer.add_tensor(f"blk.{i}.attn_k.weight", weight(kv_heads * head_dim, embed))
        writer.add_tensor(f"blk.{i}.attn_v.weight", weight(kv_heads * head_dim, embed))
        writer.add_tensor(f"blk.{i}.attn_output.weight", weight(embed, heads * head_dim))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(embed, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", weight(ff, embed))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weight(ff, embed))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weight(embed, ff))
    writer.add_tensor("output_norm.weight", np.ones(embed, dtype=np.float32))
    writer.add_tensor("output.weight", weight(vocab, embed))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def build_tiny_classifier(directory: Path, corpus: list[str], labels: list[str], bias: list[float] | None = None) -> Path:
    """A 1-layer BERT sequence classifier with a word-level tokenizer built from `corpus`.

    With `bias` its classifier's weights are zeroed, so that every input gets the same label
    probabilities (softmax of `bias`): tests can then tell which label the checker reads."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    tokenizer = _word_tokenizer(corpus, model_max_length=128, eos_token=None)
    config = BertConfig(
        vocab_size=len(tokenizer.get_vocab()), hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
        max_position_embeddings=128, num_labels=len(labels), id2label=dict(enumerate(labels)), label2id={l: i for i, l in enumerate(labels)},
    )
    model = BertForSequenceClassification(config)
    if bias is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.copy_(torch.tensor(bias))
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def _word_tokenizer(corpus: list[str], model_max_length: int = 4096, eos_token: str | None = "[SEP]"):
    """A lower-casing word-level fast tokenizer over `corpus`, with BERT-style special tokens."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    words = sorted({w for text in corpus for w, _span in pre_tokenizers.BertPreTokenizer().pre_tokenize_str(text.lower())})
    vocab = {token: i for i, token in enumerate(specials + words)}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    backend.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])]
    )
    backend.normalizer = normalizers.Lowercase()
    return PreTrainedTokenizerFast(
        tokenizer_object=backend, pad_token="[PAD]", unk_token="[UNK]", cls_token="[CLS]", sep_token="[SEP]",
        eos_token=eos_token, model_max_length=model_max_length,
    )


def build_tiny_fact_classifier(directory: Path, corpus: list[str], model_type: str) -> Path:
    """A random 1-layer RoBERTa or DeBERTa-v2 binary classifier (MiniCheck's and FactCG's
    architectures; labels "0" and "1" as MiniCheck publishes them), with a word-level tokenizer."""
    import torch
    from transformers import DebertaV2Config, DebertaV2ForSequenceClassification, RobertaConfig, RobertaForSequenceClassification

    torch.manual_seed(0)
    tokenizer = _word_tokenizer(corpus)
    common = dict(
        vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
        num_labels=2, id2label={0: "0", 1: "1"}, label2id={"0": 0, "1": 1}, pad_token_id=0, type_vocab_size=2,
    )
    if model_type == "roberta":
        model = RobertaForSequenceClassification(RobertaConfig(max_position_embeddings=520, **common))
    else:
        config = DebertaV2Config(
            max_position_embeddings=512, relative_attention=True, position_biased_input=False, pos_att_type=["p2c", "c2p"],
            position_buckets=32, norm_rel_ebd="layer_norm", share_att_key=True, **common,
        )
        model = DebertaV2ForSequenceClassification(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


# HHEM-2.1-Open's published configuration names its prompt's slots text1 and text2; written here
# in that shape so that the loader's reading of the slots is tested.
TINY_HHEM_PROMPT = "<pad> Is the hypothesis true given the premise?\n\nPremise: {text1}\n\nHypothesis: {text2}"


def build_tiny_hhem(directory: Path, with_foundation: bool = True):
    """HHEM-2.1-Open's layout with random weights: a config.json its remote code would read
    (HHEMv2), weights of a 2-layer T5ForTokenClassification saved under "t5." (the encoder's
    embedding stored once, as shared), and flan-t5's part (T5 config, ByT5 tokenizer standing in
    for its SentencePiece one) in foundation/. Returns the directory and the model built."""
    import json

    import torch
    from safetensors.torch import save_file
    from transformers import ByT5Tokenizer, T5Config, T5ForTokenClassification

    torch.manual_seed(0)
    tokenizer = ByT5Tokenizer()
    config = T5Config(
        vocab_size=len(tokenizer), d_model=32, d_ff=64, d_kv=16, num_layers=2, num_heads=2, num_labels=2,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, feed_forward_proj="gated-gelu",
    )
    model = T5ForTokenClassification(config).eval()
    state = {f"t5.{k}": v.detach().clone().contiguous() for k, v in model.state_dict().items() if not k.endswith("encoder.embed_tokens.weight")}
    directory.mkdir(parents=True, exist_ok=True)
    save_file(state, str(directory / "model.safetensors"))
    hhem_config = {
        "architectures": ["HHEMv2ForSequenceClassification"], "model_type": "HHEMv2Config",
        "auto_map": {"AutoModelForSequenceClassification": "modeling_hhem_v2.HHEMv2ForSequenceClassification"},
        "foundation": "google/flan-t5-base", "prompt": TINY_HHEM_PROMPT,
    }
    (directory / "config.json").write_text(json.dumps(hhem_config), encoding="utf-8")
    if with_foundation:
        config.save_pretrained(directory / "foundation")
        tokenizer.save_pretrained(directory / "foundation")
    return directory, model, tokenizer


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample_gguf(folder: Path) -> Path:
    """`build_tiny_gguf` with a tokenizer trained on the first three sample articles, in `folder`:
    the tiny model most llama.cpp tests share."""
    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}][:3]
    return build_tiny_gguf(folder / "tiny.gguf", corpus)
