namespace GraphExplorer.Graph;

/// <summary>The Neo4j status codes GraphExplorer reports, so Bolt clients and the TCK understand its errors.</summary>
public static class StatusCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string SchemaRuleNotFound = "Neo.ClientError.Schema.IndexNotFound";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.Statement.AccessMode";
    public const string TransactionTerminated = "Neo.ClientError.Transaction.Terminated";
    public const string TransactionClosed = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string StorageDamaged = "Neo.DatabaseError.General.StorageDamageDetected";
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
}
