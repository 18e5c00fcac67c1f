"""Profile summaries: samples filed under the first matching category."""

from __future__ import annotations

from pipeline.profiling import OTHER, summarise

RAW = "\n".join([
    "main (cli.py:9);run (pipeline/agents.py:60);run_stage (pipeline/stages/chain.py:94);"
    "_extract (pipeline/stages/chain.py:61);tag (pipeline/stages/ner.py:10) 6",
    "main (cli.py:9);run (pipeline/agents.py:60);Processor.advance (pipeline/processing.py:99);"
    "decode_work (pipeline/serialization.py:120) 2",
    "main (cli.py:9);run (pipeline/agents.py:60);Topics.send (pipeline/topics.py:70);"
    "AIOKafkaProducer.send (aiokafka/producer/producer.py:400) 1",
    "main (cli.py:9);_run_once (asyncio/base_events.py:1900) 1",
    "not a sample line",
])


def test_samples_are_filed_by_the_first_matching_category() -> None:
    shares = {s.category: s.share for s in summarise(RAW)}
    assert shares == {"stage: extract": 0.6, "decode work items": 0.2,
                      "produce (faust, aiokafka)": 0.1, OTHER: 0.1}


def test_pipeline_work_is_what_the_in_process_chain_does_too() -> None:
    shares = summarise(RAW)
    assert sum(s.share for s in shares if s.pipeline_work) == 0.6
    assert summarise("") == []
