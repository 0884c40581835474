using System.Net;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

[Collection(ServersCollection.Name)]
public sealed class CaseListTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task An_anonymous_caller_is_answered_401()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(null);
        using var response = await http.GetAsync("/api/complaints/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_page_below_one_is_a_400_naming_the_field()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));
        using var response = await http.GetAsync("/api/complaints/cases?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page starts at 1.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
