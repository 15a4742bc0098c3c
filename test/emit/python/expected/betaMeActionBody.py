from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.users.item.member_of.check_member_groups.check_member_groups_post_request_body import CheckMemberGroupsPostRequestBody

graph_client = GraphServiceClient(credentials, scopes)

request_body = CheckMemberGroupsPostRequestBody(
	group_ids = [
		"fee2c45b-915a-4a64-b130-f4eb9e75525e",
	],
)

result = await graph_client.me().member_of.check_member_groups.post(request_body)
