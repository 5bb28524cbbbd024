using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CareerCraft.Tests.Web.Components;

/// <summary>A bUnit context with the Fluent UI services the components render with (icons, spinner, progress bar).</summary>
public abstract class FluentTestContext : BunitContext
{
    protected FluentTestContext()
    {
        Services.AddFluentUIComponents();
        // Fluent's web components import their script module; the tests check markup and logic, not the script.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
