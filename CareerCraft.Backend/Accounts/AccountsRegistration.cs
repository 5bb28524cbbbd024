namespace CareerCraft.Backend.Accounts;

public static class AccountsRegistration
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountLifecycle>();
        builder.Services.AddScoped<AccountExport>();
        return builder;
    }
}
