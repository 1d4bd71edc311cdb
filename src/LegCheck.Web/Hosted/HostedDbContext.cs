using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LegCheck.Web.Hosted;

/// <summary>
/// The hosted accounts (ASP.NET Core Identity's tables) and the Data Protection keys every web node shares, in the
/// same PostgreSQL database as the diaries. Its schema changes only through the EF Core migrations in Hosted/Migrations.
/// </summary>
internal sealed class HostedDbContext(DbContextOptions<HostedDbContext> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

/// <summary>For <c>dotnet ef migrations add</c> only: a context whose model is read, never connected to.</summary>
internal sealed class HostedDbContextDesignFactory : IDesignTimeDbContextFactory<HostedDbContext>
{
    public HostedDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HostedDbContext>().UseNpgsql("Host=localhost;Database=legcheck_design").Options);
}
