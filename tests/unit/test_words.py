import jieba
import pytest

from pipeline import words

SAMPLES = ["人均每日食盐摄入量和食用油摄入量", "蒙医药中医药重点专科", "挂号、结算、取药排队时间",
           "65岁及以上老年人城乡社区规范健康管理服务率", "新建居住区和社区群众健身设施室内人均建筑面积"]


@pytest.mark.parametrize("text", SAMPLES)
def test_segmentation_is_jiebas_own(text):
    assert words.lcut(text) == jieba.lcut(text)
