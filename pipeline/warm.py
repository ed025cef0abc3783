"""One-time costs paid on import: the rules compiled (every stage run once on a short
notice) and jieba's dictionary loaded.

The worker processes' fork server imports this module, so every worker forked from it,
including one that replaces a worker stopped at a limit, starts ready instead of paying
a few seconds each.
"""
import logging

import jieba

from .run import process_text

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
NOTICE = ("某市人民政府关于印发健康行动方案的通知\n一、总体目标\n"
          "(一)到2025年,人均预期寿命达到79岁,孕产妇死亡率控制在10/10万以下。\n"
          "(责任单位:市卫生健康委、市财政局)\n")
process_text(NOTICE)
