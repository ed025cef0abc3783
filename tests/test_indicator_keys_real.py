"""indicator_key on the real notices: the keys line up targets that their names do not."""
import pandas as pd


def test_keys_join_more_targets_across_notices_than_names(real_outputs):
    targets = pd.read_parquet(real_outputs / "targets.parquet")
    assert targets.indicator_key.notna().mean() > 0.95

    def joined(column):  # targets whose column value occurs in at least two notices
        docs = targets.groupby(column).doc_id.nunique()
        return int(targets[column].map(docs).ge(2).sum())

    assert joined("indicator_key") > 1.15 * joined("indicator")


def test_down_payment_ratios_line_up_across_cities(real_outputs):
    targets = pd.read_parquet(real_outputs / "targets.parquet")
    ratios = targets[targets.indicator.str.contains("首付", na=False)]
    # the many wordings of the down-payment ratio come down to a few keys, each in many notices
    assert ratios.indicator.nunique() >= 3 * ratios.indicator_key.nunique()
    by_key = ratios.groupby("indicator_key").doc_id.nunique()
    assert by_key.get("首付款比例", 0) >= 10
