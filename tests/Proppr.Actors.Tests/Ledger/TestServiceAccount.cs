using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Proppr.Actors.Tests.Ledger;

/// <summary>
/// A service account made up by the test: a fresh RSA key written as a Google JSON key file (its <c>token_uri</c> is
/// Google's, so a test that reaches the fake endpoint proves the configured endpoint wins). The fake keeps the public half.
/// </summary>
internal sealed class TestServiceAccount : IDisposable
{
    public const string ClientEmail = "proppr-ledger@proppr-test.iam.gserviceaccount.com";

    private readonly RSA _key = RSA.Create(2048);
    private readonly string _folder = Directory.CreateTempSubdirectory("proppr-key-").FullName;

    public string KeyPath => Path.Combine(_folder, "service-account.json");

    /// <summary>A copy of the public half (the fake disposes its own).</summary>
    public RSA PublicKey
    {
        get
        {
            var copy = RSA.Create();
            copy.ImportSubjectPublicKeyInfo(_key.ExportSubjectPublicKeyInfo(), out _);
            return copy;
        }
    }

    /// <summary>Writes the key file; a test that wants to see a missing file first calls this later.</summary>
    public void WriteKeyFile() =>
        File.WriteAllText(KeyPath, new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = "proppr-test",
            ["private_key_id"] = "test-key-1",
            ["private_key"] = _key.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = ClientEmail,
            ["client_id"] = "100000000000000000001",
            ["token_uri"] = "https://oauth2.googleapis.com/token",
        }.ToJsonString());

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
