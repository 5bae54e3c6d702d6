namespace GraphExplorer.Importer.Tests.Relations;

public sealed class LeadershipRuleTests
{
    [Theory]
    [InlineData("Cambodian Prime Minister Hun Manet spoke.", "Hun Manet LEADS Cambodia")]
    [InlineData("FAA Administrator Mike Whitaker testified.", "Mike Whitaker LEADS Federal Aviation Administration")]
    [InlineData("Hungary's prime minister, Viktor Orban, objected.", "Viktor Orban LEADS Hungary")]
    [InlineData("\"It goes on,\" said Yahya Saree, the Houthis' military spokesman, on Sunday.", "Yahya Saree MEMBER_OF Houthis")]
    [InlineData("The army is led by General Kofi Mensah.", null)]
    [InlineData("The Rapid Support Forces (RSF), led by Mohamed Hamdan Dagalo, advanced.", "Mohamed Hamdan Dagalo LEADS Rapid Support Forces")]
    public void TitlesAndRolesGiveLeadersAndMembers(string text, string? expected)
    {
        var (_, relations) = Extract.From(text);

        if (expected is null)
        {
            Assert.DoesNotContain(relations, r => r.Contains(" LEADS ", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(expected, relations);
        }
    }

    [Fact]
    public void ACardGivesCurrentRolesOnly()
    {
        var (_, relations) = Extract.From("""
            More on these topics
            -
            Hun Sen (born 5 August 1952) is a Cambodian politician who has served as President of the Senate of Cambodia since 2024. He was Prime Minister of Cambodia from 1985 to 2023.
            """);

        Assert.Contains("Hun Sen LEADS Senate of Cambodia", relations);
        Assert.DoesNotContain("Hun Sen LEADS Cambodia", relations);
    }

    [Fact]
    public void ADeputyIsAMember()
    {
        var (_, relations) = Extract.From("""
            More on these topics
            -
            Hun Manet (born 20 October 1977) is a Cambodian politician who has served as Vice President of the ruling Cambodian People's Party (CPP) since 2023.
            """);

        Assert.Contains("Hun Manet MEMBER_OF Cambodian People's Party", relations);
        Assert.DoesNotContain("Hun Manet LEADS Cambodian People's Party", relations);
    }

    [Fact]
    public void ListedStatesAreMembersOfTheUnion()
    {
        var (_, relations) = Extract.From("""
            More on these topics
            -
            The Andean Community (CAN) is a customs union of four states, including Bolivia, Colombia and Peru.
            """);

        Assert.Equal(["Bolivia MEMBER_OF Andean Community", "Colombia MEMBER_OF Andean Community", "Peru MEMBER_OF Andean Community"],
            relations.Where(r => r.Contains("MEMBER_OF", StringComparison.Ordinal)));
    }
}
