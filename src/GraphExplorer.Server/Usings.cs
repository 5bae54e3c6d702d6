// The HTTP status codes; GraphExplorer.Graph.StatusCodes (the Neo4j ones) is always named in full or aliased.
global using StatusCodes = Microsoft.AspNetCore.Http.StatusCodes;
