using CareerCraft.Web.Components;
using CareerCraft.Web.Services;
using CareerCraft.Web.Services.Auth;
using CareerCraft.ServiceDefaults.Proxies;
using CareerCraft.Web.Services.Security;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.FluentUI.AspNetCore.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceClients();
builder.AddWebAuthentication();
builder.AddKnownProxies(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents();

var app = builder.Build();

app.UseKnownProxies();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    // Behind a TLS-terminating proxy the forwarded scheme is already https; with no proxy named, redirect here.
    if (!app.Services.GetRequiredService<IOptions<KnownProxyOptions>>().Value.Any)
    {
        app.UseHttpsRedirection();
    }
}
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
// Blazor's default frame-ancestors is 'self'; nothing may frame this app (SecurityHeaders sends the whole policy).
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = "'none'");
app.MapAccountEndpoints();
app.MapDefaultEndpoints();

app.Run();
