from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.list_ import List_
from msgraph_beta.generated.models.alert import Alert
from msgraph_beta.generated.models.security.alert import Alert as SecurityAlert
from msgraph_beta.generated.models.call_records.call_record import CallRecord

graph_client = GraphServiceClient(credentials, scopes)

request_body = List_(
	from_ = "reserved",
	class_ = "reserved too",
	display_name = "first",
	alerts = [
		Alert(
			title = "v1",
		),
	],
	security_alerts = [
		SecurityAlert(
			title = "security",
		),
	],
	record = CallRecord(
		version = 2,
	),
	additional_data = {
		"display_name" : "same Python name",
		"naïve" : "not an identifier",
		"anything" : {
			"x" : "y",
		},
	},
)

result = await graph_client.drives.by_drive_id('drive-id').list_.items.post(request_body)
