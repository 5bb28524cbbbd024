namespace CareerCraft.Backend;

/// <summary>
/// Marks the backend's entry assembly. The test project hosts three web apps whose top-level
/// <c>Program</c> types collide, so factories use this type instead (DESIGN.md section 8).
/// </summary>
public sealed class BackendService;
