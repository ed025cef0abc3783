"""indicator_key and name_key on the real notices: the keys line up targets and parameters
that their names do not."""
import pandas as pd


def _named(real_outputs) -> pd.DataFrame:
    """Targets and parameters as (doc_id, name, key): since parameters.parquet landed, the
    housing notices' down-payment ratios and loan ceilings are parameters, not targets."""
    targets = pd.read_parquet(real_outputs / "targets.parquet")
    parameters = pd.read_parquet(real_outputs / "parameters.parquet")
    return pd.concat([
        targets[["doc_id", "indicator", "indicator_key"]].set_axis(["doc_id", "name", "key"], axis=1),
        parameters[["doc_id", "name", "name_key"]].set_axis(["doc_id", "name", "key"], axis=1)])


def test_keys_join_more_targets_across_notices_than_names(real_outputs):
    rows = _named(real_outputs)
    assert rows.key.notna().mean() > 0.95

    def joined(column):  # rows whose column value occurs in at least two notices
        docs = rows.groupby(column).doc_id.nunique()
        return int(rows[column].map(docs).ge(2).sum())

    assert joined("key") > 1.15 * joined("name")


def test_down_payment_ratios_line_up_across_cities(real_outputs):
    rows = _named(real_outputs)
    ratios = rows[rows.name.str.contains("首付", na=False)]
    # the many wordings of the down-payment ratio come down to a few keys, each in many notices
    assert ratios.name.nunique() >= 3 * ratios.key.nunique()
    by_key = ratios.groupby("key").doc_id.nunique()
    assert by_key.get("首付款比例", 0) >= 10
