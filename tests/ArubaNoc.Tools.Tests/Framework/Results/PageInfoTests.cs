using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Results;

public sealed class PageInfoTests
{
    [Fact]
    public void FromCursor_NextOnFullPage_HasMore()
    {
        var page = PageInfo.FromCursor(100, 250, "2", null);

        Assert.True(page.HasMore);
        Assert.Equal("[MORE] more results: call get_device_list again with next=\"2\"", page.MoreLine("get_device_list"));
    }

    [Fact]
    public void FromCursor_EmptyPage_Ends() => Assert.False(PageInfo.FromCursor(0, 250, "3", "2").HasMore);

    [Fact]
    public void FromCursor_NextEqualsRequested_TreatedAsEnd() => Assert.False(PageInfo.FromCursor(100, 250, "2", "2").HasMore);

    [Fact]
    public void FromCursor_NullNext_NoMoreLine() => Assert.Null(PageInfo.FromCursor(10, 10, null, null).MoreLine("t"));

    [Fact]
    public void FromOffset_BelowTotal_AdvancesByReturned()
    {
        var page = PageInfo.FromOffset(100, 250, 100);

        Assert.Equal(200, page.NextOffset);
        Assert.Equal("[MORE] more results: call get_sites_health again with offset=200", page.MoreLine("get_sites_health"));
    }

    [Fact]
    public void FromOffset_ReachesTotal_NoMore() => Assert.False(PageInfo.FromOffset(50, 250, 200).HasMore);

    [Fact]
    public void FromOffset_EmptyPage_NoMore() => Assert.False(PageInfo.FromOffset(0, 250, 100).HasMore);

    [Fact]
    public void FromReturnedOffset_StringOffset_HasMore() => Assert.Equal(100, PageInfo.FromReturnedOffset(100, 300, "100", 0).NextOffset);

    [Fact]
    public void FromReturnedOffset_NotAdvancing_Ends() => Assert.False(PageInfo.FromReturnedOffset(100, 300, "100", 100).HasMore);

    [Fact]
    public void FromReturnedOffset_Null_NoMore() => Assert.False(PageInfo.FromReturnedOffset(100, 300, null, 0).HasMore);
}
