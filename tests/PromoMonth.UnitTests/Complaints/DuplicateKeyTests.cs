using PromoMonth.Complaints.Domain;

namespace PromoMonth.UnitTests.Complaints;

public sealed class DuplicateKeyTests
{
    private static readonly Respondent Mall = new("某电器 商场", null, "某区某路2号", "310000");

    [Fact]
    public void The_same_phone_respondent_and_category_give_the_same_key_however_the_phone_is_written()
    {
        Assert.Equal(
            DuplicateKey.For(new("王小明", "139-1234-5678", null), Mall, CaseCategory.Price),
            DuplicateKey.For(new("王先生", "13912345678", "上海"), Mall with { Name = "某电器商场" }, CaseCategory.Price));
    }

    [Fact]
    public void Another_category_respondent_or_phone_gives_another_key()
    {
        var key = DuplicateKey.For(new(null, "13912345678", null), Mall, CaseCategory.Price);

        Assert.NotEqual(key, DuplicateKey.For(new(null, "13912345678", null), Mall, CaseCategory.Quality));
        Assert.NotEqual(key, DuplicateKey.For(new(null, "13912345678", null), Mall with { RegionCode = "320000" }, CaseCategory.Price));
        Assert.NotEqual(key, DuplicateKey.For(new(null, "13912345679", null), Mall, CaseCategory.Price));
    }

    [Fact]
    public void A_registered_respondent_is_known_by_its_credit_code_and_no_phone_means_no_key()
    {
        var registered = Mall with { CreditCode = "91310000MA1FL1234Q" };

        Assert.Equal(
            DuplicateKey.For(new(null, "13912345678", null), registered, CaseCategory.Price),
            DuplicateKey.For(new(null, "13912345678", null), registered with { Name = "另一个名字", RegionCode = null }, CaseCategory.Price));
        Assert.Null(DuplicateKey.For(new("王小明", null, null), Mall, CaseCategory.Price));
    }
}
