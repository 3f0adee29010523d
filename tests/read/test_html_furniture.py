"""Page furniture left out of a page's text: advert and teaser blocks ("Read more", link lists,
promo classes), and the JSON-LD articleBody taken when the visible text is only a caption."""

from __future__ import annotations

import json

from summarizer.read.html import extract_html

STORY = [
    "The river otter population in the Harl valley has doubled since 2015, a survey by the regional wildlife office found.",
    "Rangers counted 212 otters along the river last autumn, against 104 eight years earlier.",
    "The office credits cleaner water after two sewage plants upstream were rebuilt, and a ban on fixed fishing nets.",
    '"We expected a slow recovery, not this," said ranger Ines Varga, who has worked in the valley for twenty years.',
]
AD = "Even for a modest personal blog, hosting costs add up fast. Our partner plan starts at two euros a month."


def _page(middle: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle + "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"<html><head><title>Otters return</title>{head}</head><body><main><article><h1>Otters return</h1>{paragraphs}</article></main></body></html>"


def test_read_more_advert_inside_the_article_is_left_out():
    html = _page(f'<div class="box"><p>{AD}</p><p><a href="/deal">Read more</a></p></div>')
    text = extract_html(html, "page.html").text
    assert "hosting costs" not in text
    assert all(p in text for p in STORY)


def test_promo_class_block_is_left_out():
    html = _page(f'<div class="promo-card"><p>{AD}</p></div>')
    assert "hosting costs" not in extract_html(html, "page.html").text


def test_caption_only_page_takes_the_json_ld_body_nested_in_the_page_node():
    body = "\n".join(STORY)
    data = {"@context": "https://schema.org", "@type": "WebPage",
            "mainEntity": {"@type": "OpinionNewsArticle", "headline": "Otters return", "articleBody": body}}
    head = f'<script type="application/ld+json">/*<![CDATA[*/{json.dumps(data)}/*]]>*/</script>'
    html = f"<html><head><title>Otters return</title>{head}</head><body><figure><img src='o.jpg'><figcaption>Photo: AP</figcaption></figure></body></html>"
    raw = extract_html(html, "page.html")
    assert raw.text.split("\n") == STORY
