from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

result = await graph_client.users.delta.with_url("https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=oEcOySpF_hWYmTIUZBOIfPzcwisr_rPe8o9M54L45qEXQGmvQC6T2dbL-9O7nSU-njKhFiGlAZqewNAThmCVnNxqPu5gOBegrm1CaVZ-ZtFZ2tPOAO98OD9y0ao460").get()
