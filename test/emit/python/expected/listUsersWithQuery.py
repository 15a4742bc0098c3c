from msgraph import GraphServiceClient
from msgraph.generated.users.users_request_builder import UsersRequestBuilder
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

query_params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
		select = ["displayName","givenName"],
		filter = "startswith(displayName,'a')",
		orderby = ["displayName desc"],
		count = True,
		top = 5,
		expand = ["manager($select=id,displayName)"],
)

request_configuration = RequestConfiguration(
query_parameters = query_params,
)
request_configuration.headers.add("ConsistencyLevel", "eventual")

result = await graph_client.users.get(request_configuration = request_configuration)
