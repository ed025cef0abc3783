"""indicator_key / name_key: one key for the wordings of one indicator, from real notices."""
import pytest

from pipeline.indicator_keys import canonical, cut_down
from pipeline.run import process_text


# Each group: names as the pipeline reads them in different real notices (tests/real/corpus
# and the labelled sets), which must share one key.
SAME = {
    "首付款比例(首套)": [
        "首套住房商业性个人住房贷款最低首付款比例统一",        # realestate_0008
        "首套住房商业性个人住房贷款最低首付款比例调整",        # realestate_0012
        "统一全面执行首套住房商业性个人住房贷款首付比例最低",
        "首套住房最低首付比例",
    ],
    "首付款比例": [
        "最低首付款比例",                                  # realestate_0020
        "住房商业性个人住房贷款最低首付款比例调整为不低于",      # realestate_0012
        "住房商业性个人住房贷款最低首付款比例统一为不低于",      # realestate_0008
        "首付款比例最低", "首付比例最低", "首付比例", "房最低首付款比例下调至",
    ],
    "贷款最高额度(公积金)": ["住房公积金贷款最高额度", "公积金贷款最高额度", "住房公积金最高贷款额度"],
    # parameter names (name_key) as the parameters stage reads them in the real housing notices
    "贷款最高额度(双职工)": ["双缴职工家庭贷款额度上限", "双方最高贷款额度", "夫妻双方合计最高贷款额度"],
    "契税补贴": ["购房契税补贴", "新房契税", "所缴纳的契税", "不超过实际缴纳契税"],
    "购房补贴比例": ["购房补贴比例", "购房补助比例", "发放购房补助比例", "一次性购房补贴比例"],
    "居民消费价格涨幅": ["居民消费价格总水平", "居民消费价格总水平涨幅", "居民消费价格涨幅",
                 "提出居民消费价格涨幅", "把居民消费价格涨幅"],
    "国内生产总值增长": ["国内生产总值", "今后五年国内生产总值", "提出国内生产总值"],
    "婴儿死亡率": ["婴儿死亡率", "全市婴儿死亡率", "婴儿死亡率(‰)", "年婴儿死亡率"],
    "人均预期寿命": ["人均预期寿命", "全省人均预期寿命(岁)", "平均预期寿命"],
}


@pytest.mark.parametrize("key,names", SAME.items())
def test_wordings_of_one_indicator_share_a_key(key, names):
    assert {n: canonical(n) for n in names} == {n: key for n in names}


def test_qualifiers_that_change_the_figure_are_kept_apart():
    assert canonical("首套住房公积金贷款最高额度") == "贷款最高额度(首套,公积金)"      # realestate_0031
    assert canonical("第二套住房公积金贷款最高额度") == "贷款最高额度(二套,公积金)"    # realestate_0031
    assert canonical("个人通过商业银行和公积金贷款购买首套住房最低首付款比例") == "首付款比例(首套,公积金)"  # realestate_0026
    assert canonical("中央财政赤字") == "财政赤字(中央)"
    assert canonical("地方财政赤字") == "财政赤字(地方)"
    assert canonical("农村牧区卫生厕所普及率") == "卫生厕所普及率(农村)"
    assert canonical("公积金贷款最高额度单身职工") == "贷款最高额度(公积金,单职工)"  # realestate_0026


def test_a_member_inside_a_longer_indicator_is_not_that_indicator():
    assert canonical("单位国内生产总值能耗") == "单位国内生产总值能耗"
    assert canonical("》提出了单位国内生产总值能源消耗") == "单位国内生产总值能耗"
    assert canonical("服务业增加值在国内生产总值中的比重") == "服务业增加值在国内生产总值中的比重"
    assert canonical("5岁以下儿童死亡率") == "5岁以下儿童死亡率"
    assert canonical("孕产妇系统管理率") == "孕产妇系统管理率"


def test_names_in_no_group_keep_their_cut_down_form():
    assert canonical("全市65岁及以上老年人城乡社区规范健康管理服务率(%)") == "65岁及以上老年人城乡社区规范健康管理服务率"
    assert canonical("“九小场所”消防安全隐患整改率") == "九小场所消防安全隐患整改率"
    assert canonical("我市农村生活污水治理率") == canonical("农村生活污水治理率")
    assert cut_down("给予补贴比例") == "补贴比例"
    assert cut_down("每千常住人口执业(助理)医师数") == "每千常住人口执业医师数"


def test_empty_names_have_no_key():
    assert canonical(None) is None and canonical("") is None and canonical("(含") is None


def test_the_stage_fills_indicator_key_on_targets():
    doc = process_text("一、主要目标\n到2025年,全市婴儿死亡率控制在5‰以下,人均预期寿命(岁)达到80岁。")
    assert len(doc.targets) == 2
    assert [t.indicator_key for t in doc.targets] == ["婴儿死亡率", "人均预期寿命"]
