using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class KeyEnterpriseTests
{
    private static readonly Campaign Campaign = Campaign.Of2020(Samples.Now);
    private static readonly RegistryEventContracts Contracts = new();
    private static readonly Registrar Shanghai = new("unit-310000", IsMinistry: false);
    private static readonly Registrar Ministry = new("ministry", IsMinistry: true);

    [Fact]
    public void Registering_raises_EnterpriseRegistered_with_the_campaign()
    {
        var facts = Samples.Enterprise("310000", Samples.CreditCode("310000"));

        Assert.True(KeyEnterprise.Register(Campaign, facts, Shanghai, Samples.Now).IsValid(out var enterprise, out _));

        Assert.Null(enterprise.OutOfRegion);
        var raised = Assert.IsType<EnterpriseRegisteredDomainEvent>(Assert.Single(enterprise.PendingEvents()));
        var contract = Assert.IsType<EnterpriseRegistered>(Contracts.ToContract(raised));
        Assert.Equal(
            (enterprise.Id, Campaign.Id, facts.CreditCode.Value),
            (contract.EnterpriseId, contract.CampaignId, contract.CreditCode));
        Assert.Equal(("百联集团", "310000", "2020"), (contract.Name, contract.RegionCode, contract.CampaignCode));
        Assert.Equal(new DateOnly(2020, 10, 8), contract.CampaignEndsOn);
        Assert.Equal(Samples.Now, contract.RegisteredAt);
    }

    [Fact]
    public void A_unit_cannot_register_a_code_issued_in_another_region()
    {
        var facts = Samples.Enterprise("310000", Samples.CreditCode("110105"));

        Assert.False(KeyEnterprise.Register(Campaign, facts, Shanghai, Samples.Now).IsValid(out _, out var errors));

        Assert.Equal(["creditCode"], errors.Fields);
        Assert.Contains("110000", errors["creditCode"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_ministry_registers_out_of_region_and_the_record_says_who_from_where_and_why()
    {
        var facts = Samples.Enterprise("110000", Samples.CreditCode("310104"), reason: "企业已迁至北京经营");

        Assert.True(KeyEnterprise.Register(Campaign, facts, Ministry, Samples.Now).IsValid(out var enterprise, out _));

        Assert.Equal(new OutOfRegionRegistration("ministry", "310000", "企业已迁至北京经营"), enterprise.OutOfRegion);
        Assert.IsType<EnterpriseRegisteredDomainEvent>(Assert.Single(enterprise.PendingEvents()));
    }

    [Fact]
    public void Signing_the_commitment_raises_CommitmentSigned()
    {
        var enterprise = Registered();
        var letter = new CommitmentLetter(true, true, true, "王伟", "总经理", new DateOnly(2020, 9, 1), Samples.Now);

        enterprise.SignCommitment(letter, Campaign);

        Assert.Equal(letter, enterprise.Commitment);
        var raised = Assert.IsType<CommitmentSignedDomainEvent>(Assert.Single(enterprise.PendingEvents()));
        var contract = Assert.IsType<CommitmentSigned>(Contracts.ToContract(raised));
        Assert.Equal((enterprise.Id, enterprise.CreditCode, "310000"), (contract.EnterpriseId, contract.CreditCode, contract.RegionCode));
        Assert.Equal(("2020", new DateOnly(2020, 10, 8)), (contract.CampaignCode, contract.CampaignEndsOn));
        Assert.Equal(new DateOnly(2020, 9, 1), contract.SignedOn);
    }

    [Fact]
    public void A_later_letter_replaces_the_earlier_and_keeps_its_scan()
    {
        var enterprise = Registered();
        enterprise.SignCommitment(Letter("王伟", new DateOnly(2020, 9, 1)), Campaign);
        var scan = new CommitmentDocumentInfo("image/png", 12, Samples.Now);
        enterprise.AttachCommitmentDocument(scan);

        enterprise.SignCommitment(Letter("李娜", new DateOnly(2020, 9, 2)), Campaign);

        Assert.Equal(("李娜", scan), (enterprise.Commitment?.Signatory, enterprise.Commitment?.Document));
        Assert.Equal(2, enterprise.PendingEvents().OfType<CommitmentSignedDomainEvent>().Count());
    }

    [Fact]
    public void A_scan_before_the_letter_is_signed_is_refused()
    {
        var enterprise = Registered();

        var refused = Assert.Throws<ConflictException>(() =>
            enterprise.AttachCommitmentDocument(new CommitmentDocumentInfo("image/png", 12, Samples.Now)));

        Assert.Equal(KeyEnterprise.UnsignedTitle, refused.Title);
        Assert.Null(enterprise.Commitment);
        Assert.Empty(enterprise.PendingEvents());
    }

    private static CommitmentLetter Letter(string signatory, DateOnly signedOn) =>
        new(true, true, true, signatory, "总经理", signedOn, Samples.Now);

    private static KeyEnterprise Registered()
    {
        var facts = Samples.Enterprise("310000", Samples.CreditCode("310000"));
        Assert.True(KeyEnterprise.Register(Campaign, facts, Shanghai, Samples.Now).IsValid(out var enterprise, out _));
        enterprise.TakeEvents();
        return enterprise;
    }
}
