"""One-time costs paid on import: the rules compiled (every stage run once on a short
notice), jieba imported and its dictionary's file ready (pipeline/words.py).

The worker processes' fork server imports this module, so every worker forked from it,
including one that replaces a worker stopped at a limit, starts ready instead of paying
a few seconds each.
"""
import gc

from . import compiled_patterns

compiled_patterns.install()  # before the stages below compile their patterns
from . import words  # noqa: E402
from .run import process_text  # noqa: E402

words.warm()
NOTICE = ("某市人民政府关于印发健康行动方案的通知\n一、总体目标\n"
          "(一)到2025年,人均预期寿命达到79岁,孕产妇死亡率控制在10/10万以下。\n"
          "(责任单位:市卫生健康委、市财政局)\n")
process_text(NOTICE)
compiled_patterns.save()  # for the next run's fork server (this one ends without exiting)
# What the warm-up made lives as long as the workers forked from this process: frozen, the
# garbage collector of a worker never walks it, so its pages stay shared with this process
# instead of each worker copying them (the usual advice for fork without exec).
gc.freeze()
