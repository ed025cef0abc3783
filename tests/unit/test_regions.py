"""Administrative divisions from cpca's table: province, prefecture, adcode of a region."""
from pipeline import regions
from pipeline.metadata import region_of


def test_full_names_and_short_forms_from_tags_and_issuers():
    cases = {  # source tags and issuers of real notices
        "安徽淮北": ("淮北市", "安徽省", "淮北市", "340600"),
        "四川省南充市南部县": ("南部县", "四川省", "南充市", "511321"),  # realestate_0056
        "吉林省四平市双辽市": ("双辽市", "吉林省", "四平市", "220382"),  # realestate_0043
        "广西壮族自治区北海市": ("北海市", "广西壮族自治区", "北海市", "450500"),  # realestate_0177
        "北京市": ("北京市", "北京市", None, "110000"),  # a municipality is province-level
        "上海市长宁区": ("长宁区", "上海市", None, "310105"),  # realestate_0004: no prefecture between
        "云南省德宏傣族景颇族自治州": ("德宏傣族景颇族自治州", "云南省", "德宏傣族景颇族自治州", "533100"),
    }
    for text, (name, province, prefecture, adcode) in cases.items():
        place = regions.locate(text)
        assert (place.name, place.province, place.prefecture, place.adcode) == (name, province, prefecture, adcode), text


def test_a_county_name_several_provinces_share_needs_its_province():
    assert regions.locate("朝阳区") is None  # Beijing's or Changchun's
    assert regions.locate("北京市朝阳区").adcode == "110105"
    assert regions.locate("吉林省长春市朝阳区").adcode == "220104"
    assert regions.locate("碑林区").adcode == "610103"  # only one


def test_short_forms_of_autonomous_prefectures():
    assert regions.full_name("西双版纳州") == "西双版纳傣族自治州"  # realestate_0020
    assert regions.full_name("伊犁州") == "伊犁哈萨克自治州"  # realestate_0209
    assert regions.full_name("凉山州") == "凉山彝族自治州"
    assert regions.full_name("赣州") is None  # a city written without 市 is not an autonomous prefecture
    assert region_of("伊犁州住房公积金管理中心") == "伊犁哈萨克自治州"
    assert region_of("健康赣州行动推进委员会办公室") is None  # a campaign, still no region
    assert regions.locate("关于促进西双版纳州房地产市场平稳健康发展若干措施").province == "云南省"


def test_central_bodies_and_non_places():
    assert regions.locate("国务院办公厅") is None
    assert regions.locate("") is None and regions.locate(None) is None
    assert not regions.is_division("促进房地产市")


def test_public_transform_reads_the_same_as_the_fast_path():
    import types

    cpca, _ = regions._table()
    fast = [regions._read_address(cpca, t) for t in ("安徽淮北", "上海市长宁区", "国务院")]
    public_only = types.SimpleNamespace(transform=cpca.transform)  # a cpca without the private function
    slow = [regions._read_address(public_only, t) for t in ("安徽淮北", "上海市长宁区", "国务院")]
    keys = ("省", "市", "区", "adcode")
    assert [[regions._value(r.get(k)) for k in keys] for r in fast] == \
        [[regions._value(r.get(k)) for k in keys] for r in slow]


def test_a_county_written_without_its_suffix_after_its_city():
    # source tags of realestate_0080 and realestate_0218
    assert regions.locate("四川雅安石棉") == regions.Division("石棉县", "四川省", "雅安市", "511824")
    assert regions.locate("南京溧水").name == "溧水区"
    assert regions.locate("银川市六部门").name == "银川市"  # 六部门 is no county of 银川
    assert regions.locate("江苏宿迁市住房和城乡建设局等7个部门").name == "宿迁市"


def test_a_prefecture_written_after_the_autonomous_prefecture_overseeing_it():
    # GB/T 2260 codes 阿勒泰地区 and 塔城地区 as divisions of their own (6543, 6542), though
    # 伊犁哈萨克自治州 oversees them; its own cities stay under it
    assert regions.locate("新疆伊犁哈萨克自治州阿勒泰地区").adcode == "654300"  # realestate_0208's tag
    assert regions.locate("新疆伊犁哈萨克自治州塔城地区").adcode == "654200"
    assert regions.locate("新疆伊犁哈萨克自治州奎屯市").adcode == "654003"
    assert regions.locate("新疆伊犁哈萨克自治州").adcode == "654000"
    assert regions.locate("湖北省恩施土家族苗族自治州利川市").adcode == "422802"


def test_cpca_reads_the_same_table_without_pkg_resources():
    """cpca is imported with a stand-in for pkg_resources (80 ms a process saved): its table
    and matcher are the ones it builds with the real pkg_resources."""
    import subprocess
    import sys

    script = """
import sys, warnings
warnings.simplefilter("ignore")
if sys.argv[1] == "real":
    import pkg_resources
from pipeline import regions
cpca, by_name = regions._table()
assert ("pkg_resources" in sys.modules) == (sys.argv[1] == "real")
print(sorted((k, v.name) for k, v in cpca.ad_2_addr_dict.items()), sorted(by_name.items()),
      [regions._read_address(cpca, t) for t in ("安徽淮北", "广西壮族自治区北海市", "朝阳区")])
"""
    runs = [subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, check=True).stdout
            for how in ("real", "stand-in")]
    assert runs[0] == runs[1] and "淮北市" in runs[0]


def test_a_zone_a_county_administers_is_located_as_that_county():
    # seventh doc_0024-0027 and eighth doc_0033-0042 sign as 平潭综合实验区管委会(办公室); the eighth readers wrote 平潭县
    for text in ["平潭综合实验区", "平潭综合实验区管委会办公室", "平潭综合实验区管委会", "平潭县"]:
        place = regions.locate(text)
        assert (place.province, place.prefecture, place.adcode) == ("福建省", "福州市", "350128"), text
    assert region_of("平潭综合实验区管委会办公室") == "平潭综合实验区"  # the region as the signature writes it
